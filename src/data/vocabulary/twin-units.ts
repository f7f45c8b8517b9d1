/**
 * The units of the real unit list (data/tianjin-units.csv) that share their base name with another
 * unit of the same street: a 社区 and a 村 (东姜井社区 and 东姜井村 of 中北镇). A name without its
 * level (`东姜井`) under such a street, or written with no street at all, could be either of them,
 * whatever units the import itself holds. tests/data/vocabulary/twin-units.test.ts derives this
 * list from the CSV, so the two cannot drift apart.
 */
export interface TwinUnits {
  readonly district: string;
  readonly street: string;
  /** The units' short names, 社区 first. */
  readonly names: readonly string[];
}

export const TWIN_UNITS: readonly TwinUnits[] = [
  { district: '西青区', street: '中北镇', names: ['东姜井社区', '东姜井村'] },
  { district: '西青区', street: '中北镇', names: ['西姜井社区', '西姜井村'] },
  { district: '津南区', street: '北闸口镇', names: ['建新社区', '建新村'] },
  { district: '北辰区', street: '天穆镇', names: ['柳滩社区', '柳滩村'] },
];

/**
 * The names the real unit list has in two streets (or more) of one district: 丁家庄村 of 宝坻区 is
 * a village of 朝霞街道 and one of 新开口镇. Met without a street, such a name could be any of
 * them, whatever units the import itself holds. tests/data/vocabulary/twin-units.test.ts derives
 * this list from the CSV too.
 */
export interface StreetTwins {
  readonly district: string;
  /** The units' short name. */
  readonly name: string;
  /** Their streets, in the list's order. */
  readonly streets: readonly string[];
}

export const STREET_TWINS: readonly StreetTwins[] = [
  { district: '西青区', name: '王庄子村', streets: ['精武镇', '大寺镇'] },
  { district: '武清区', name: '一街村', streets: ['崔黄口镇', '黄花店镇', '王庆坨镇', '汊沽港镇'] },
  { district: '武清区', name: '三街村', streets: ['崔黄口镇', '河西务镇', '黄花店镇', '王庆坨镇', '汊沽港镇'] },
  { district: '武清区', name: '四街村', streets: ['崔黄口镇', '河西务镇', '黄花店镇', '王庆坨镇'] },
  { district: '武清区', name: '二街村', streets: ['崔黄口镇', '黄花店镇', '王庆坨镇', '汊沽港镇'] },
  { district: '武清区', name: '刘庄村', streets: ['大孟庄镇', '黄花店镇'] },
  { district: '武清区', name: '杨庄村', streets: ['城关镇', '陈咀镇'] },
  { district: '武清区', name: '五街村', streets: ['黄花店镇', '王庆坨镇'] },
  { district: '武清区', name: '小杨庄村', streets: ['河北屯镇', '大黄堡镇'] },
  { district: '宝坻区', name: '大马庄村', streets: ['宝平街道', '大唐庄镇'] },
  { district: '宝坻区', name: '刘辛庄村', streets: ['宝平街道', '林亭口镇'] },
  { district: '宝坻区', name: '辛庄子村', streets: ['周良街道', '牛家牌镇'] },
  { district: '宝坻区', name: '四里港村', streets: ['周良街道', '方家庄镇'] },
  { district: '宝坻区', name: '苑家庄村', streets: ['潮阳街道', '方家庄镇'] },
  { district: '宝坻区', name: '高家庄村', streets: ['朝霞街道', '方家庄镇'] },
  { district: '宝坻区', name: '丁家庄村', streets: ['朝霞街道', '新开口镇'] },
  { district: '宝坻区', name: '黄辛庄村', streets: ['朝霞街道', '口东镇'] },
  { district: '宝坻区', name: '黄家庄村', streets: ['大口屯镇', '林亭口镇'] },
  { district: '宝坻区', name: '网户庄村', streets: ['王卜庄镇', '霍各庄镇'] },
  { district: '宝坻区', name: '田家庄村', streets: ['王卜庄镇', '林亭口镇'] },
  { district: '宝坻区', name: '李家庄村', streets: ['王卜庄镇', '林亭口镇', '新安镇'] },
  { district: '宝坻区', name: '冯家庄村', streets: ['方家庄镇', '尔王庄镇'] },
  { district: '宝坻区', name: '张家庄村', streets: ['林亭口镇', '新安镇'] },
  { district: '宝坻区', name: '尹家庄村', streets: ['林亭口镇', '大钟庄镇'] },
  { district: '宝坻区', name: '芮家庄村', streets: ['林亭口镇', '牛道口镇'] },
  { district: '宝坻区', name: '北王庄村', streets: ['大钟庄镇', '霍各庄镇'] },
  { district: '宝坻区', name: '八间房村', streets: ['新安镇', '霍各庄镇'] },
  { district: '宝坻区', name: '小高庄村', streets: ['新安镇', '尔王庄镇'] },
  { district: '宝坻区', name: '安乐庄村', streets: ['霍各庄镇', '口东镇'] },
  { district: '滨海新区', name: '前进里社区', streets: ['胡家园街道', '大港街道'] },
  { district: '滨海新区', name: '崔庄村', streets: ['茶淀街道', '太平镇'] },
  { district: '静海区', name: '一街村', streets: ['静海镇', '陈官屯镇'] },
  { district: '静海区', name: '二街村', streets: ['静海镇', '陈官屯镇'] },
  { district: '静海区', name: '三街村', streets: ['静海镇', '陈官屯镇'] },
  { district: '静海区', name: '尚庄子村', streets: ['唐官屯镇', '独流镇'] },
  { district: '静海区', name: '义和村', streets: ['王口镇', '台头镇'] },
  { district: '静海区', name: '和平村', streets: ['王口镇', '台头镇'] },
  { district: '静海区', name: '张家村', streets: ['王口镇', '良王庄乡'] },
  { district: '静海区', name: '幸福村', streets: ['台头镇', '蔡公庄镇'] },
  { district: '静海区', name: '李庄子村', streets: ['中旺镇', '梁头镇'] },
  { district: '蓟州区', name: '马家崖村', streets: ['渔阳镇', '礼明庄镇'] },
  { district: '蓟州区', name: '张庄村', streets: ['渔阳镇', '马伸桥镇'] },
  { district: '蓟州区', name: '三岔口村', streets: ['洇溜镇', '侯家营镇'] },
  { district: '蓟州区', name: '南辛庄村', streets: ['下窝头镇', '东赵各庄镇'] },
  { district: '蓟州区', name: '张家园村', streets: ['杨津庄镇', '许家台镇'] },
];
