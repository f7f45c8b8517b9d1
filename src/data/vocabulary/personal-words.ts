/**
 * What on a form's lines (`填报单位：… 联系人：王丽 电话：…`) is about a person, read by the one walk over such a line
 * (table/preamble-lines.ts): it travels into neither the file's caption nor the import report.
 */

/**
 * A number that is a person's, not a statistic's or a place's: an identity card's (17 digits and a digit or X) or a bank
 * card's (16 to 19 digits). A division code has 12 digits (15 with its class), a mobile number 11 (row-label's MOBILE).
 */
export const PERSONAL_NUMBER = /(?<![\d\uff10-\uff19])(?:[\d\uff10-\uff19]{17}[\dXx\uff10-\uff19ｘＸ]|[\d\uff10-\uff19]{16,19})(?![\d\uff10-\uff19])/;

/**
 * A phone number written alone in a cell or a word: a mobile (`13812345678`, `138 1234 5678`, `+86 138-1234-5678`) or a
 * landline (`022-23456789`, `（022）23456789`: an area code's 0, then seven or eight digits).
 */
export const PHONE_NUMBER = /^(?:(?:\+?86)?[-\s]?1[3-9]\d(?:[-\s]?\d{4}){2}|[（(]?0\d{2,3}[)）]?[-－—\s]?\d{7,8})$/;

/**
 * A person's name written bare before their phone number (`王丽 13812345678`): two to four ideographs. Read only right
 * before a number dropped as personal, and never a unit's name (endsLikeUnit) or a period.
 */
export const BARE_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * A form's field that names no one (row-label's footer words, read on one word of the line): when it was filled in or sent
 * (`填报日期：2024-04-03`), a seal or a note to the clerk (`（盖章）`, `注：…`). Any other footer word of such a line names
 * or reaches a person (填表人, 联系人, 负责人, 电话, 手机, 邮箱 …), and so does the value after it.
 */
export const FORM_FACT = /^(?:(?:填报|填表|制表|报送|报出|上报|打印)?(?:日期|时间)|注\d{0,2}|说明|备注|附注|数据来源|资料来源|(?:填表|填报|报表|编制|统计|填写)说明|[（(]?(?:盖章|签章|公章)[)）]?)(?:[:：.、]|$)/;

/** Words of a person's label inside a field's text (`备注：联系人王丽`): such a field names someone after all. */
export const PERSON_LABEL = /(?:填表|填报|审核|审批|联系|经办|制表|统计|负责|复核)人|统计员|领导|书记|主任|电话|手机|联系方式|邮箱|身份证/;
