/**
 * English texts of the app shell and the controls every view shares: view tabs, sample banner, file drop, error
 * boundary, toolbar, colours, highlight, unit picker and chart frame.
 * Typed by the Chinese part (messages-zh-shell.ts), so a missing or extra key does not compile.
 */
import type { ShellMessages } from './messages-zh-shell';

export const SHELL_MESSAGES_EN: ShellMessages = {
  app: {
    title: 'Shequ Compare',
    docTitle: 'Shequ Compare: community statistics',
    sampleName: 'Sample: Jinnan District (synthetic)',
    loadingData: 'Loading data…',
    loadFailed: 'The data could not be loaded. ',
    loadFailedHint: 'Press “Retry”, or import your own CSV file on the Data tab.',
    sampleHttp: (status) => `The sample data could not be loaded (HTTP ${status})`,
    sampleRejected: (reason) => `The sample data could not be imported: ${reason}`,
    unknownReason: 'unknown reason',
    retry: 'Retry',
    toolbarPanel: 'Filter bar',
    loadingView: (view) => `Loading the “${view}” page…`,
    skipToFilters: 'Skip to the filters',
    langGroup: '界面语言 Language',
  },
  views: {
    overview: 'Overview', compare: 'Compare', league: 'League', trend: 'Trend', scatter: 'Scatter', imbalance: 'Imbalance', profile: 'Profile', data: 'Data',
    nav: 'Views',
  },
  sample: {
    banner: 'Showing sample data (synthetic, not real statistics)',
    importOwn: 'Import your own data',
  },
  drop: {
    busy: (stage) => `${stage} Please wait for this import to finish before dropping more files.`,
    append: (name) => `Drop to add the files to “${name}”`,
    import: 'Drop to import the files',
  },
  stage: {
    reading: 'Preparing the import…',
    importing: 'Importing, please wait…',
    saving: 'Imported; saving in this browser…',
  },
  boundary: {
    failed: (label) => `${label}: something went wrong and it cannot be shown.`,
    hint: 'Press “Retry”, or choose another metric or period. If it keeps failing, check the imported files on the Data tab.',
    detail: 'Error: ',
    retry: 'Retry',
  },
  toolbar: {
    group: 'Filters',
    metric: 'Metric',
    period: 'Period',
    parent: 'Street/town',
    allParents: 'All streets/towns',
    perGroup: 'Value basis',
    perNone: 'Absolute',
    per1000: 'Per 1,000',
    per100hh: 'Per 100 hh',
    ratioNoPer: 'A ratio needs no per-capita scaling',
    metricOption: (name, unit) => `${name} (${unit || '—'})`,
  },
  families: {
    base: 'Base data', employment: 'Employment', aid: 'Aid and relief', events: 'Events', volunteers: 'Volunteering', derived: 'Ratios', custom: 'Other metrics',
  },
  granularity: {
    M: 'Monthly', Q: 'Quarterly', H: 'Half-yearly', Y: 'Yearly', C: 'Cumulative',
  },
  colour: {
    label: 'Up/down colours',
    neutral: 'Neutral (blue up, orange down)',
    redUp: 'Red up, green down',
    greenUp: 'Green up, red down',
  },
  highlight: {
    group: 'Highlight units',
    label: 'Highlight',
    list: 'Highlighted units',
    clear: 'Clear highlight',
    hint: 'You can also click a bar, point or name in a chart.',
  },
  picker: {
    add: 'Add community',
    chosen: 'Chosen units',
    remove: (name) => `Remove ${name}`,
    full: (max) => `At most ${max}`,
    placeholder: 'Search a community or street',
    results: 'Search results',
    more: (n) => `${n} more: type more to narrow the list`,
    none: (text) => `Nothing found for “${text}”.`,
    already: (names) => `${names} is already in the list above.`,
    keys: 'Press ↓ to choose a result, Enter to add it.',
  },
  chart: {
    scrollable: (title) => `${title} (scrollable)`,
    source: (s) => `Source: ${s}`,
    legend: 'Legend',
    tableSummary: (n) => `Show the data table (${n} rows)`,
    tableCaption: (title, unit) => `${title} (${unit || 'no unit'})`,
    colPeriod: 'Period',
    colUnit: 'Unit',
    colScatterUnit: 'Unit',
    legendRef: (label, value) => `${label}: ${value}`,
  },
};
