/**
 * Two quarters of 再就业人数 and 常住人口 for four communities, one of them partial: in
 * countPartialCsv 金龙里社区's 再就业人数 stops in February (its 常住人口 is complete); in
 * basePartialCsv its 再就业人数 is complete and its 常住人口 stops in February.
 */
const HEAD = '街道,社区,期间,常住人口,再就业人数';
const COMPLETE = [
  '甲街道,中山路社区,2024年1月,5000,10', '甲街道,中山路社区,2024年2月,5000,12', '甲街道,中山路社区,2024年3月,5000,11',
  '乙街道,花园路社区,2024年1月,2000,5', '乙街道,花园路社区,2024年2月,2000,6', '乙街道,花园路社区,2024年3月,2000,7',
  '乙街道,祥福里社区,2024年1月,4000,9', '乙街道,祥福里社区,2024年2月,4000,8', '乙街道,祥福里社区,2024年3月,4000,10',
];

export const countPartialCsv = [HEAD, ...COMPLETE,
  '甲街道,金龙里社区,2024年1月,3000,4', '甲街道,金龙里社区,2024年2月,3000,5', '甲街道,金龙里社区,2024年3月,3000,',
].join('\n');

export const basePartialCsv = [HEAD, ...COMPLETE,
  '甲街道,金龙里社区,2024年1月,3000,4', '甲街道,金龙里社区,2024年2月,3000,5', '甲街道,金龙里社区,2024年3月,,6',
].join('\n');
