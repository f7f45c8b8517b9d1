/**
 * Traditional → simplified characters for place names and statistics labels, one character at a
 * time (908 pairs; 裏 is the variant of 裡; 於 the traditional 于 of place names: 西於庄 is 西于庄).
 * A compact table instead of opencc-js (its t2cn build is ~109 kB) because names and headers use a
 * small vocabulary; characters with several simplified forms in ordinary text (乾, 著, 夥, 徵, 瞭)
 * are left out on purpose. Checked when written: every simplified form but 镕 is in GB2312, no
 * traditional form is (except 後, and 於, kept in GB2312 as a surname; no unit of the unit list is
 * written with it). Unknown characters pass through unchanged.
 */

/** Traditional characters; TRADITIONAL[i] simplifies to SIMPLIFIED[i]. */
const TRADITIONAL =
  '區縣鎮鄉們裡莊園灣橋東門關陽陰華興順豐寧慶長龍鳳雲馬鄭陳楊張劉趙黃吳葉萬寶業勝達榮廣濟漢漁灘陸嶺島館廠場礦鐵錦銀鋼滙匯彙' +
  '衛國會員鄰廟溝壩營閣樓廳亞歐羅蘇盧潤澤濱瀾瀋滬遼貴廈贛閩臺檯颱遠紅綠藍緣絲線織紡紗總統經貿財稅銷鎖錢鐘鍾聖賢雙圓團體歡樂' +
  '愛義禮頤溫潔淨滿運進還連過遷選邊鄧鄒鄺郵圍塊墻牆壇罈壽夢奮婦學實寬將對導層屬嶼巒幣師幫幹廬彎後從復複徑憶應戰戶拋擁據攜敵' +
  '數齊斷時晉曉曆歷書條來楓棟構標樞樣橫機檢櫻權歲歸氣決沒淺測滅漲潛澗濕瀏灑災為烏無煙燈燒爐爺牽獎獅環現瑤產畝畫異當療發髮盞' +
  '盡監盤眾衆礎確碼磚祿禪種稱穩窩競筆筍節範築簡糧糾紀約級紛細紹終組結給絡絕綜維網綿緊編練縮績繼續纜罰罷習聯聲職聽肅脅腦腳舉' +
  '艦藝萊蓮蔣薦藥蘭蘆號蝦術補裝製見規視親覺觀計訊記訪設許訴診詞試詩話誠認語說課調談請諸論諾謀講謝證識議護讀變讓讚贊豬貝負貢' +
  '貧貨販責費貼貸資賓賞賣買質購賽贈趕跡車軍軟轉輔輕載輪輝農這遊違遙適遲遺邁醫釋鈴銅銘鋪錄錯鍋鏈鏡鑒閃閉開閑閒間閱闊陣隊階際' +
  '隨險隱雜雞離難電霧靈靜韓頁頂項須預領頭題額顏顧顯風飛飯飲養饒駐騰驗鬥魚魯鮮鳥鳴鴻鵬鶴鹽鹹麥麗黨點龜傳億價儀優償儲兒兩內冊' +
  '劃務動勞勵勢勳協單卻厲參叢啟喚喬嚴圖堅報塵墾壓壯處備奪奧婁孫專尋屆岡峽崗嶽幾廢強態慮憑懷懸戲擇擔擴攝敘晝暢暫棧檔殘殺殼毀' +
  '漿濃濤燦獨獲瑪瓊畢疊盜礙禦穀窮籌籃紙純紳絨綱緒締縱繩繪繳聞聰脈膚臉臨舊艱莖葦蒼蓋蔥蕭薑蘊蘋虛蟲蠶衝褲襲覽訂訓託評詳誌誤誼' +
  '諧謙譯貓賀賈賴躍軌較輛輩轄辦辭邏醜釀鈔鉛銳鋁錫鍵閘陝雖響頌頻顆餘駕騎驅驚髒鬧鮑鴨鵝鶯鷹麵齡龐問願與積類別極詐騙創況準則並' +
  '麼寫樸薊壢堯綉繡蕪塢嶗滄濰灤滷鹵釗鈞錚鎬闖閻闕隴雛靄韻頓頗穎顥飄餅饑駿鰲鷺齋侖倫偉傑僑儂凱劍勻厙塗壺奐嫻嬰孿寢寵屢嶠帥帳' +
  '幃庫廂廚廕彌徹恆惡愴慚慣懇懶戀掃掛揚換損搖搶撥撫擊擋擠擬擺攔攤敗斃暈暉曠朧梘棄榪槍樁樺橢櫃欄歎殯氈滯滲滾漣漸潑潰澀澆濁濾' +
  '瀉瀕煉熾燉爭牘犧狀狹猶獄獸璽甌癢癥皚皺矯碩祕禍稈穌窪竄筧箋篤簽糞緩緝縫繞纖罌羨翹聳膠膽艙芻荊莢萵葷蔭薩蘚蜆蝕螞蠟衊袞裊襖' +
  '覓詠該誘誦諒謠譜豎貞貶賊賦賬賺贏趨踐蹤軒輯輸轟辯遞醞鈍鈣鉤銜鋒錘鍛鎔鏢鐳鑄鑽閥闡隕雋霽靂頸頹顫飼餵饋馮駁駛騷驕驢骯鬱鯨鳩' +
  '鴉鵲鷗黽鼴齒裏於';

const SIMPLIFIED =
  '区县镇乡们里庄园湾桥东门关阳阴华兴顺丰宁庆长龙凤云马郑陈杨张刘赵黄吴叶万宝业胜达荣广济汉渔滩陆岭岛馆厂场矿铁锦银钢汇汇汇' +
  '卫国会员邻庙沟坝营阁楼厅亚欧罗苏卢润泽滨澜沈沪辽贵厦赣闽台台台远红绿蓝缘丝线织纺纱总统经贸财税销锁钱钟钟圣贤双圆团体欢乐' +
  '爱义礼颐温洁净满运进还连过迁选边邓邹邝邮围块墙墙坛坛寿梦奋妇学实宽将对导层属屿峦币师帮干庐弯后从复复径忆应战户抛拥据携敌' +
  '数齐断时晋晓历历书条来枫栋构标枢样横机检樱权岁归气决没浅测灭涨潜涧湿浏洒灾为乌无烟灯烧炉爷牵奖狮环现瑶产亩画异当疗发发盏' +
  '尽监盘众众础确码砖禄禅种称稳窝竞笔笋节范筑简粮纠纪约级纷细绍终组结给络绝综维网绵紧编练缩绩继续缆罚罢习联声职听肃胁脑脚举' +
  '舰艺莱莲蒋荐药兰芦号虾术补装制见规视亲觉观计讯记访设许诉诊词试诗话诚认语说课调谈请诸论诺谋讲谢证识议护读变让赞赞猪贝负贡' +
  '贫货贩责费贴贷资宾赏卖买质购赛赠赶迹车军软转辅轻载轮辉农这游违遥适迟遗迈医释铃铜铭铺录错锅链镜鉴闪闭开闲闲间阅阔阵队阶际' +
  '随险隐杂鸡离难电雾灵静韩页顶项须预领头题额颜顾显风飞饭饮养饶驻腾验斗鱼鲁鲜鸟鸣鸿鹏鹤盐咸麦丽党点龟传亿价仪优偿储儿两内册' +
  '划务动劳励势勋协单却厉参丛启唤乔严图坚报尘垦压壮处备夺奥娄孙专寻届冈峡岗岳几废强态虑凭怀悬戏择担扩摄叙昼畅暂栈档残杀壳毁' +
  '浆浓涛灿独获玛琼毕叠盗碍御谷穷筹篮纸纯绅绒纲绪缔纵绳绘缴闻聪脉肤脸临旧艰茎苇苍盖葱萧姜蕴苹虚虫蚕冲裤袭览订训托评详志误谊' +
  '谐谦译猫贺贾赖跃轨较辆辈辖办辞逻丑酿钞铅锐铝锡键闸陕虽响颂频颗余驾骑驱惊脏闹鲍鸭鹅莺鹰面龄庞问愿与积类别极诈骗创况准则并' +
  '么写朴蓟坜尧绣绣芜坞崂沧潍滦卤卤钊钧铮镐闯阎阙陇雏霭韵顿颇颖颢飘饼饥骏鳌鹭斋仑伦伟杰侨侬凯剑匀厍涂壶奂娴婴孪寝宠屡峤帅帐' +
  '帏库厢厨荫弥彻恒恶怆惭惯恳懒恋扫挂扬换损摇抢拨抚击挡挤拟摆拦摊败毙晕晖旷胧枧弃杩枪桩桦椭柜栏叹殡毡滞渗滚涟渐泼溃涩浇浊滤' +
  '泻濒炼炽炖争牍牺状狭犹狱兽玺瓯痒症皑皱矫硕秘祸秆稣洼窜笕笺笃签粪缓缉缝绕纤罂羡翘耸胶胆舱刍荆荚莴荤荫萨藓蚬蚀蚂蜡蔑衮袅袄' +
  '觅咏该诱诵谅谣谱竖贞贬贼赋账赚赢趋践踪轩辑输轰辩递酝钝钙钩衔锋锤锻镕镖镭铸钻阀阐陨隽霁雳颈颓颤饲喂馈冯驳驶骚骄驴肮郁鲸鸠' +
  '鸦鹊鸥黾鼹齿里于';

let table: { map: Map<string, string>; first: Uint8Array } | null = null;

function lookup(): { map: Map<string, string>; first: Uint8Array } {
  if (table) return table;
  const t = [...TRADITIONAL];
  const s = [...SIMPLIFIED];
  if (t.length !== s.length) throw new Error(`t2s table out of step: ${t.length} vs ${s.length}`);
  const map = new Map(t.map((c, i) => [c, s[i]!]));
  // 1 for each UTF-16 unit that starts a character the table maps (a lead surrogate for one outside the BMP).
  const first = new Uint8Array(0x10000);
  for (const c of map.keys()) first[c.charCodeAt(0)] = 1;
  table = { map, first };
  return table;
}

/** Simplify the traditional characters of `text` that the table knows; others are kept as they are. */
export function toSimplified(text: string): string {
  const { map, first } = lookup();
  // Most names have nothing to simplify: they come back as they are, without a string per character.
  let i = 0;
  while (i < text.length && first[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

/** Number of characters the table maps (for tests and reports). */
export function t2sTableSize(): number {
  return lookup().map.size;
}
