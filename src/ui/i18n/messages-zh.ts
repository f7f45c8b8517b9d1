/**
 * Every Chinese text of the app chrome (labels, buttons, headings, messages, aria-labels), by
 * area: one file per area (messages-zh-shell.ts, -export, -views, -league, -imbalance, -data),
 * assembled here. The English catalogue (messages-en.ts) is typed by this one, so both have the
 * same keys. Unit and street names are data and never pass through here.
 */
import { DATA_MESSAGES_ZH } from './messages-zh-data';
import { EXPORT_MESSAGES_ZH } from './messages-zh-export';
import { IMBALANCE_MESSAGES_ZH } from './messages-zh-imbalance';
import { LEAGUE_MESSAGES_ZH } from './messages-zh-league';
import { SHELL_MESSAGES_ZH } from './messages-zh-shell';
import { VIEW_MESSAGES_ZH } from './messages-zh-views';

/** Every Chinese UI text, by area (`MESSAGES_ZH.toolbar.metric`). */
export const MESSAGES_ZH = {
  ...SHELL_MESSAGES_ZH, ...EXPORT_MESSAGES_ZH, ...VIEW_MESSAGES_ZH, ...LEAGUE_MESSAGES_ZH, ...IMBALANCE_MESSAGES_ZH, ...DATA_MESSAGES_ZH,
};

/** The shape of a message catalogue (every language has exactly these keys). */
export type Messages = typeof MESSAGES_ZH;
