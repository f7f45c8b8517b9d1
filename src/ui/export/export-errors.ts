/** Chinese message for a failed export: what happened and what to try next. */
export function exportErrorMessage(what: string, error: unknown): string {
  const detail = error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? `（${error.message}）` : '';
  return `${what}失败${detail}。请重试；如仍失败，请使用最新版 Chrome 或 Edge（360 浏览器请切换到极速模式），或改用其他导出格式。`;
}
