// Word lists for made-up CRM records. Names are deliberately international: the page must
// render and compare any script a real CRM holds. Written as comma lists to stay compact.

const list = (text: string): readonly string[] => text.split(/,\s*/);

export const FIRST_NAMES = list(
  'Ava, Noah, Mia, Liam, Sofia, Lucas, Emma, Mateo, Chloé, Jonas, Zoë, Łukasz, Siobhán, Björn, Anaïs, Priya, Kenji, Wei, Fatima, Omar, Aiko, Diego, Ingrid, Tomás, Nadia, Olu, Sven, Mei, Ravi, Elif',
);

export const LAST_NAMES = list(
  "Smith, García, Müller, Rossi, Nguyễn, Kowalski, Johansson, O'Brien, Dubois, Tanaka, Patel, Silva, Cohen, Haddad, Kim, Novák, Jensen, Fernández, Okafor, Ivanova, Lindqvist, Moreau, Schmidt, Yılmaz",
);

export const COMPANY_STEMS = list(
  'Acme, Globex, Initech, Umbrella, Hooli, Vandelay, Stark, Wayne, Tyrell, Cyberdyne, Soylent, Wonka, Aperture, Nakatomi, Oscorp, Pied Piper, Blue Sun, Monarch, Massive Dynamic, Northwind, Contoso, Fabrikam, Tailspin, Initrode',
);

export const COMPANY_SUFFIXES = list('Inc., Corp, GmbH, Ltd, LLC, S.A., AG, Holdings, Group, Labs');

export const INDUSTRIES = list(
  'Software, Financial Services, Healthcare, Manufacturing, Retail, Education, Telecommunications, Logistics, Energy, Media',
);

export const TITLES = list(
  'VP Sales, Head of Revenue Operations, Account Executive, CFO, CTO, Director of IT, Procurement Manager, Sales Development Rep, Chief of Staff, Head of Customer Success',
);

export const COUNTRIES = list(
  'United States, Germany, France, Israel, Japan, Brazil, India, United Kingdom, Canada, Australia',
);

export const CITIES = list(
  'San Francisco, Berlin, Paris, Tel Aviv, Tokyo, São Paulo, Bengaluru, London, Toronto, Sydney',
);

export const DEAL_STAGES = list(
  'discovery, qualification, demo, proposal, negotiation, closed won, closed lost',
);

export const LEAD_SOURCES = list('Web, Webinar, Partner, Trade Show, Cold Call, Referral');

/** Over 500 characters, with paragraphs and mixed scripts, like a real account note. */
export const LONG_TEXT = [
  'Quarterly business review notes. The customer rolled Gong out to three new regions this',
  'quarter and asked for a consolidated view of CRM data per region. Main risks: the EMEA team',
  'still logs meetings in a spreadsheet, and the procurement process in the APAC entity requires',
  'a separate MSA (see the legal folder). Champion: the Head of Revenue Operations, who is',
  'leaving in Q3, so we need a new sponsor before renewal.\n\nNext steps: 1) schedule an',
  'executive alignment call; 2) send the updated pricing (list price minus 12%, net 60);',
  '3) confirm data residency requirements — they mentioned “EU only” twice; 4) share the',
  'integration checklist with their admin, Zoë Müller-Łukaszewicz.\n\nRemarques en français :',
  'le client souhaite une démonstration en février. 日本チームからの要望：請求書は円建てで。',
  'End of notes.',
].join(' ');
