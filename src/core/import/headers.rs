//! The header names real exports write, by role: Meta Ads Manager in the languages
//! advertisers export in (English, Spanish, Portuguese, French, German, Italian, Dutch,
//! Polish, Turkish, Vietnamese, Indonesian, Thai, and Japanese where known), HubSpot,
//! Pipedrive and hand-kept logs. Names are compared after [`super::columns::normalize`]
//! (lowercase, single spaces, a trailing "(EUR)"-style currency removed).
//!
//! Each Meta name was read off real exports' headers as public code quotes them (importers
//! and tests written against downloaded files), not translated here; a role missing for a
//! language means no such source was found, and the structure of the file
//! ([`super::structure`]) still finds the column.

/// Names of a role: whole headers, or beginnings of headers.
pub(super) struct Names {
    pub(super) exact: &'static [&'static str],
    pub(super) prefixes: &'static [&'static str],
}

impl Names {
    pub(super) fn matches(&self, header: &str) -> bool {
        self.exact.contains(&header) || self.prefixes.iter().any(|p| header.starts_with(p))
    }
}

/// Costs per something, rates, frequencies and returns: numbers derived from others, never
/// an input (and a "cost per result" column is never spend).
pub(super) const DERIVED: Names = Names {
    exact: &[],
    prefixes: &[
        "cost per",
        "costo por",
        "custo por",
        "coût par",
        "kosten pro",
        "costo per",
        "kosten per",
        "koszt na",
        "chi phí trên mỗi",
        "biaya per",
        "التكلفة لكل",
        "ต้นทุนต่อ",
        "cpc",
        "cpm",
        "ctr",
        "frequency",
        "frecuencia",
        "frequência",
        "fréquence",
        "répétition",
        "frequenz",
        "frequenza",
        "frequentie",
        "częstotliwość",
        "sıklık",
        "tần suất",
        "frekuensi",
        "ความถี่",
    ],
};

/// Words anywhere in a header that make it derived ("Sonuç başına maliyet": cost per result).
pub(super) const DERIVED_WORDS: &[&str] = &["roas", "rate", "başına maliyet"];

pub(super) const NAME: Names = Names {
    exact: &[
        "ad name",
        "ad set name",
        "campaign name",
        "campaign",
        "ad set",
        "ad",
        "segment",
        "name",
        "source",
        "channel",
        "utm_campaign",
        "nombre del anuncio",
        "nombre del conjunto de anuncios",
        "nombre de la campaña",
        "campaña",
        "nome do anúncio",
        "nome do conjunto de anúncios",
        "nome da campanha",
        "campanha",
        "nom de la campagne",
        "nom de l'ensemble de publicités",
        "nom de la publicité",
        "kampagnenname",
        "name der anzeigengruppe",
        "name der kampagne",
        "name der anzeige",
        "anzeigenname",
        "nome della campagna",
        "nome del gruppo di inserzioni",
        "nome dell'inserzione",
        "campagnenaam",
        "naam advertentieset",
        "advertentienaam",
        "naam advertentie",
        "nazwa kampanii",
        "nazwa zestawu reklam",
        "nazwa reklamy",
        "kampanya adı",
        "tên chiến dịch",
        "tên nhóm quảng cáo",
        "tên quảng cáo",
        "nama kampanye",
        "nama set iklan",
        "nama iklan",
        "ชื่อแคมเปญ",
        "ชื่อชุดโฆษณา",
        "اسم الحملة",
        "اسم مجموعة الإعلانات",
        "اسم الإعلان",
    ],
    prefixes: &[],
};

pub(super) const PERIOD_START: Names = Names {
    exact: &[
        "reporting starts",
        "date",
        "day",
        "create date",
        "created",
        "deal - add time",
        "deal - deal created",
        "data de criação",
        "negócio - negócio criado em",
        "fecha de creación",
        "negocio - negocio creado el",
        "trato - trato creado",
        "inicio del informe",
        "fecha",
        "día",
        "início dos relatórios",
        "data",
        "début des rapports",
        "jour",
        "tag",
        "datum",
        "inizio dei report",
        "berichtsstart",
        "بداية التقارير",
        "start rapportage",
        "początek raportowania",
        "dzień",
        "raporlama başlangıcı",
        "gün",
        "bắt đầu báo cáo",
        "awal pelaporan",
        "เริ่มการรายงาน",
        "วัน",
        "レポート開始日",
    ],
    prefixes: &[],
};

pub(super) const PERIOD_END: Names = Names {
    exact: &[
        "reporting ends",
        "fin del informe",
        "término dos relatórios",
        "fin des rapports",
        "fine dei report",
        "berichtsende",
        "نهاية التقارير",
        "einde rapportage",
        "raporlama bitişi",
        "kết thúc báo cáo",
        "akhir pelaporan",
        "สิ้นสุดการรายงาน",
        "レポート終了日",
    ],
    prefixes: &[],
};

pub(super) const SPEND: Names = Names {
    exact: &["spend", "ad spend", "cost", "spent"],
    prefixes: &[
        "amount spent",
        "importe gastado",
        "valor usado",
        "montant dépensé",
        "ausgegebener betrag",
        "importo speso",
        "المبلغ الذي تم إنفاقه",
        "besteed bedrag",
        "wydana kwota",
        "harcanan tutar",
        "số tiền đã chi tiêu",
        "jumlah yang dibelanjakan",
        "จำนวนเงินที่ใช้จ่ายไป",
        "消化金額",
    ],
};

pub(super) const STARTED: Names = Names {
    exact: &[
        "messaging conversations started",
        "conversations started",
        "conversations",
        "chats",
        "messages",
        "new messaging connections",
        "conversaciones con mensajes iniciadas",
        "conversas por mensagem iniciadas",
        "conversations par messages démarrées",
        "lượt bắt đầu cuộc trò chuyện qua tin nhắn",
    ],
    prefixes: &[],
};

pub(super) const REPLIES: Names =
    Names { exact: &["messaging conversations replied", "replies", "replied", "responded"], prefixes: &[] };

pub(super) const QUALIFIED: Names = Names {
    exact: &["qualified", "qualified conversations", "qualified chats", "qualified leads"],
    prefixes: &[],
};

pub(super) const HANDOFFS: Names = Names {
    exact: &["handoffs", "sales handoffs", "handoff", "appointments", "bookings", "quotes", "meetings"],
    prefixes: &[],
};

pub(super) const CUSTOMERS: Names = Names {
    exact: &["customers", "purchases", "sales", "won", "deals won", "orders", "compras"],
    prefixes: &[],
};

pub(super) const REVENUE: Names = Names {
    exact: &[
        "revenue",
        "purchases conversion value",
        "conversion value",
        "income",
        "valor de conversión de compras",
        "satın alma dönüşüm değeri",
    ],
    prefixes: &[],
};

pub(super) const IMPRESSIONS: Names = Names {
    exact: &[
        "impressions",
        "impresiones",
        "impressões",
        "impressionen",
        "مرات الظهور",
        "impression",
        "weergaven",
        "wyświetlenia",
        "gösterimler",
        "lượt hiển thị",
        "impresi",
        "อิมเพรสชัน",
        "インプレッション",
    ],
    prefixes: &[],
};

pub(super) const LINK_CLICKS: Names = Names {
    exact: &[
        "link clicks",
        "clics en el enlace",
        "cliques no link",
        "clics sur le lien",
        "clics sur un lien",
        "clic sul link",
        "link-klicks",
        "kliknięcia linku",
        "bağlantı tıklamaları",
        "klik tautan",
        "การคลิกลิงก์",
    ],
    prefixes: &[],
};

pub(super) const RESULTS: Names = Names {
    exact: &[
        "results",
        "resultados",
        "résultats",
        "ergebnisse",
        "risultati",
        "resultaten",
        "wyniki",
        "sonuçlar",
        "kết quả",
        "hasil",
        "ผลลัพธ์",
        "結果",
    ],
    prefixes: &[],
};

pub(super) const RESULT_INDICATOR: Names = Names {
    exact: &[
        "result indicator",
        "result type",
        "indicador de resultados",
        "indicateur de résultats",
        "indicatore di risultato",
        "indikator für ergebnisse",
        "resultatenindicator",
        "resultaattype",
        "typ wyniku",
        "indikator hasil",
        "ตัวระบุผลลัพธ์",
        "ประเภทผลลัพธ์",
    ],
    prefixes: &[],
};
