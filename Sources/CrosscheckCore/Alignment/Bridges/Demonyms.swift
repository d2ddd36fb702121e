/// A people's name and their country's name as one word: "Norwegian officials" carry what "Norway's officials"
/// say. Joined to the paraphrase groups in `ParaphraseLexicon`.
enum Demonyms {
  static let countries: [(String, [String])] = [
    ("norway", ["norwegian"]), ("britain", ["british", "briton", "uk"]), ("france", ["french"]),
    ("germany", ["german"]), ("china", ["chinese"]), ("russia", ["russian"]), ("ukraine", ["ukrainian"]),
    ("israel", ["israeli"]), ("iran", ["iranian"]), ("iraq", ["iraqi"]), ("afghanistan", ["afghan"]),
    ("pakistan", ["pakistani"]), ("india", ["indian"]), ("japan", ["japanese"]), ("korea", ["korean"]),
    ("canada", ["canadian"]), ("mexico", ["mexican"]), ("brazil", ["brazilian"]), ("australia", ["australian"]),
    ("italy", ["italian"]), ("spain", ["spanish", "spaniard"]), ("netherlands", ["dutch"]),
    ("sweden", ["swedish", "swede"]), ("denmark", ["danish", "dane"]), ("finland", ["finnish"]),
    ("poland", ["polish"]), ("turkey", ["turkish"]), ("greece", ["greek"]), ("egypt", ["egyptian"]),
    ("syria", ["syrian"]), ("lebanon", ["lebanese"]), ("nigeria", ["nigerian"]), ("kenya", ["kenyan"]),
    ("ireland", ["irish"]), ("scotland", ["scottish", "scot"]), ("wales", ["welsh"]), ("england", ["english"]),
    ("portugal", ["portuguese"]), ("switzerland", ["swiss"]), ("austria", ["austrian"]), ("belgium", ["belgian"]),
    ("europe", ["european"]), ("africa", ["african"]), ("asia", ["asian"]), ("qatar", ["qatari"]),
    ("cuba", ["cuban"]), ("venezuela", ["venezuelan"]), ("argentina", ["argentine", "argentinian"]),
    ("chile", ["chilean"]), ("colombia", ["colombian"]), ("peru", ["peruvian"]), ("vietnam", ["vietnamese"]),
    ("thailand", ["thai"]), ("indonesia", ["indonesian"]), ("philippines", ["filipino"]),
    ("malaysia", ["malaysian"]), ("hungary", ["hungarian"]), ("romania", ["romanian"]), ("serbia", ["serbian"]),
    ("croatia", ["croatian"]), ("belarus", ["belarusian"]), ("armenia", ["armenian"]), ("taiwan", ["taiwanese"]),
    ("iceland", ["icelandic", "icelander"]), ("palestine", ["palestinian"]), ("saudi", ["saudis"]),
  ]
}
