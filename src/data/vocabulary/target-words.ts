/**
 * Words of a form that sets targets against what was done (`项目 | 全年任务 | 本月完成 | 完成率`,
 * `指标 | 计划数 | 实际数`, `项目 | 目标值 | 完成值`): the done column is the period's figure; a target
 * (目标, 任务, 计划) and the share of it done (完成率) are no statistic of the period.
 */

/** The figure done in the period beside its target: 完成, 完成数, 完成值, 实际数, 实际值, 实际完成. */
export const DONE_WORDS = /^(?:完成|完成数|完成值|完成量|实际数|实际值|实际完成(?:数|值)?)$/;

/**
 * A target (目标, 目标值, 全年任务, 年度计划数, 本月任务) or the share of it done (完成率, 完成比例(%),
 * 任务完成率, 完成进度), with a percent sign in brackets after.
 */
export const TARGET_WORDS = /^(?:(?:(?:全年|年度|本年|今年|本月|本期|月度|季度)?(?:目标|任务|计划)(?:任务)?(?:数|值|量)?)|(?:目标|任务|计划)?完成(?:率|比例|比率|进度|百分比))(?:[（(]%[)）]|%)?$/;

/**
 * A header naming a quantity or a score, never a community or village (none of 天津市's 5,617 is
 * named so): ending in 数, 值, 率, 量 or 额 (上报数, 核实数, 平均值), or 权重, 满分, 分值, 得分, with a
 * bracketed unit or note after (`核实数（人）`).
 */
export const QUANTITY_NAME = /(?:数|值|率|量|额|权重|满分|分值|得分)(?:[（(][^（）()]*[)）])?$/;
