/**
 * The English catalogue, assembled from one file per area like the Chinese one: typed by it, so a
 * missing or extra key does not compile. Kept short where the layout is tight (tabs, toolbar,
 * segmented buttons).
 */
import { DATA_MESSAGES_EN } from './messages-en-data';
import { EXPORT_MESSAGES_EN } from './messages-en-export';
import { IMBALANCE_MESSAGES_EN } from './messages-en-imbalance';
import { LEAGUE_MESSAGES_EN } from './messages-en-league';
import { SHELL_MESSAGES_EN } from './messages-en-shell';
import { VIEW_MESSAGES_EN } from './messages-en-views';
import type { Messages } from './messages-zh';

/** Every English UI text, with the same keys as MESSAGES_ZH. */
export const MESSAGES_EN: Messages = {
  ...SHELL_MESSAGES_EN, ...EXPORT_MESSAGES_EN, ...VIEW_MESSAGES_EN, ...LEAGUE_MESSAGES_EN, ...IMBALANCE_MESSAGES_EN, ...DATA_MESSAGES_EN,
};
