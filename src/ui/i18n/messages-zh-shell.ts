/**
 * Chinese texts of the app shell and the controls every view shares: view tabs, sample banner, file drop, error
 * boundary, toolbar, colours, highlight, unit picker and chart frame.
 * One part of MESSAGES_ZH (messages-zh.ts); the English part (messages-en-shell.ts) is typed by it.
 */
export const SHELL_MESSAGES_ZH = {
  app: {
    title: '社区统计对比看板',
    docTitle: '社区统计对比看板',
    sampleName: '示例数据：津南区（合成）',
    loadingData: '正在载入数据…',
    loadFailed: '数据载入失败。',
    loadFailedHint: '可以点“重试”，或到“数据”页导入自己的CSV文件。',
    sampleHttp: (status: number) => `示例数据载入失败（HTTP ${status}）`,
    sampleRejected: (reason: string) => `示例数据无法导入：${reason}`,
    unknownReason: '未知原因',
    retry: '重试',
    toolbarPanel: '筛选栏',
    loadingView: (view: string) => `正在载入“${view}”页面…`,
    langGroup: '界面语言 Language',
    skipToFilters: '跳到筛选栏',
  },
  views: {
    overview: '总览', compare: '对比', league: '排行', trend: '趋势', scatter: '散点', imbalance: '均衡', profile: '画像', data: '数据',
    nav: '视图',
  },
  sample: {
    banner: '当前显示示例数据（合成数据，非真实统计）',
    importOwn: '导入自己的数据',
  },
  drop: {
    busy: (stage: string) => `${stage}请等本次导入完成后再拖入文件。`,
    append: (name: string) => `松开鼠标即可追加到“${name}”`,
    import: '松开鼠标即可导入文件',
  },
  stage: {
    reading: '正在准备导入…',
    importing: '正在导入，请稍候…',
    saving: '已导入，正在保存到本机浏览器…',
  },
  boundary: {
    failed: (label: string) => `${label}出错了，暂时无法显示。`,
    hint: '可以点“重试”，或换一个指标、期间后再看。如果一直出错，请到“数据”页检查导入的文件。',
    detail: '错误信息：',
    retry: '重试',
  },
  toolbar: {
    group: '筛选条件',
    metric: '指标',
    period: '期间',
    parent: '街道/镇',
    allParents: '全部街道/镇',
    perGroup: '数值口径',
    perNone: '绝对值',
    per1000: '每千人',
    per100hh: '每百户',
    ratioNoPer: '比率指标无需按人口折算',
    metricOption: (name: string, unit: string) => `${name}（${unit || '—'}）`,
  },
  families: {
    base: '基础数据', employment: '就业', aid: '救助帮扶', events: '活动', volunteers: '志愿服务', derived: '比率', custom: '其他指标',
  },
  granularity: {
    M: '月度', Q: '季度', H: '半年', Y: '年度', C: '累计',
  },
  colour: {
    label: '涨跌颜色',
    neutral: '中性（蓝涨橙跌）',
    redUp: '红涨绿跌',
    greenUp: '绿涨红跌',
  },
  highlight: {
    group: '突出显示单位',
    label: '突出显示',
    list: '已突出显示的单位',
    clear: '清除突出显示',
    hint: '也可以直接点图中的条形、点或名称。',
  },
  picker: {
    add: '添加社区',
    chosen: '已选单位',
    remove: (name: string) => `移除${name}`,
    full: (max: number) => `最多选择${max}个`,
    placeholder: '输入社区或街道名称搜索',
    results: '搜索结果',
    more: (n: number) => `还有${n}个，请输入更多字缩小范围`,
    none: (text: string) => `没有找到“${text}”。`,
    already: (names: string) => `${names}已在上面的列表中。`,
    keys: '按↓键选择搜索结果，回车确认。',
  },
  chart: {
    scrollable: (title: string) => `${title}（可滚动）`,
    source: (s: string) => `数据来源：${s}`,
    legend: '图例',
    tableSummary: (n: number) => `查看数据表（${n}行）`,
    tableCaption: (title: string, unit: string) => `${title}（${unit || '无单位'}）`,
    colPeriod: '期间',
    colUnit: '单位',
    colScatterUnit: '单位',
    legendRef: (label: string, value: string) => `${label}：${value}`,
  },
};

/** The shape of the shell messages (every language has exactly these keys). */
export type ShellMessages = typeof SHELL_MESSAGES_ZH;
