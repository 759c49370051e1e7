import { headerWords } from './guess-table-mapping';

export type IndicatorKind = 'count' | 'rate' | 'share' | 'amount' | 'mean';
export type IndicatorPolarity = 'higher_worse' | 'higher_better' | 'neutral';

export interface SuggestedIndicatorDefinition {
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly denominator: string | null;
  readonly polarity: IndicatorPolarity;
  readonly sensitive: boolean;
}

/**
 * An id for a header: lower case, a–z, 0–9 and `_`; accents dropped; `%` → pct, `€` → eur, `+` → plus;
 * never starting with a digit; at most 64 characters.
 *
 * @example
 * indicatorSlug('Aantal cliënten (75+)') // 'aantal_clienten_75plus'
 */
export function indicatorSlug(header: string): string {
  let slug = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, ' pct ')
    .replace(/‰/g, ' promille ')
    .replace(/€/g, ' eur ')
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (slug === '') slug = 'indicator';
  if (/^[0-9]/.test(slug)) slug = `i_${slug}`;
  if (slug.length > 64) slug = slug.slice(0, 64).replace(/_+[^_]*$/, '') || slug.slice(0, 64);
  return slug;
}

/** Statbel fiscal income (TF_PSNL_INC_TAX_*): subjects of the MS_TOT_* / MS_NBR_* columns. */
const STATBEL_SUBJECTS: Record<string, { nl: string; en: string; polarity: IndicatorPolarity }> = {
  NET_TAXABLE_INC: { nl: 'totaal netto belastbaar inkomen', en: 'total net taxable income', polarity: 'higher_better' },
  NET_INC: { nl: 'totaal netto inkomen', en: 'total net income', polarity: 'higher_better' },
  REAL_ESTATE_NET_INC: { nl: 'netto onroerend inkomen', en: 'net income from real estate', polarity: 'neutral' },
  NET_MOV_ASS_INC: { nl: 'netto roerend inkomen', en: 'net income from movable assets', polarity: 'neutral' },
  NET_VARIOUS_INC: { nl: 'netto diverse inkomsten', en: 'net miscellaneous income', polarity: 'neutral' },
  NET_PROF_INC: { nl: 'netto beroepsinkomen', en: 'net professional income', polarity: 'higher_better' },
  SEP_TAXABLE_INC: { nl: 'afzonderlijk belastbaar inkomen', en: 'separately taxable income', polarity: 'neutral' },
  JOINT_TAXABLE_INC: { nl: 'gezamenlijk belastbaar inkomen', en: 'jointly taxable income', polarity: 'neutral' },
  DEDUCT_SPEND: { nl: 'aftrekbare bestedingen', en: 'deductible spending', polarity: 'neutral' },
  STATE_TAXES: { nl: 'rijksbelasting', en: 'federal tax', polarity: 'neutral' },
  MUNICIP_TAXES: { nl: 'gemeentebelasting', en: 'municipal tax', polarity: 'neutral' },
  SUBURBS_TAXES: { nl: 'agglomeratiebelasting', en: 'agglomeration tax', polarity: 'neutral' },
  TAXES: { nl: 'totale belasting', en: 'total taxes', polarity: 'neutral' },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function statbelLabels(header: string): { nl: string; en: string; kind: IndicatorKind; unit: string; polarity: IndicatorPolarity } | null {
  const h = header.trim().toUpperCase();
  if (!h.startsWith('MS_')) return null;
  if (h === 'MS_TOT_RESIDENTS') return { nl: 'Inwoners', en: 'Residents', kind: 'count', unit: 'persons', polarity: 'neutral' };
  if (h === 'MS_NBR_NON_ZERO_INC') return { nl: 'Aangiften met een inkomen verschillend van nul', en: 'Tax returns with a non-zero income', kind: 'count', unit: 'tax returns', polarity: 'neutral' };
  if (h === 'MS_NBR_ZERO_INC') return { nl: 'Aangiften met een nulinkomen', en: 'Tax returns with zero income', kind: 'count', unit: 'tax returns', polarity: 'higher_worse' };
  const rest = h.slice(3);
  const isCount = rest.startsWith('NBR_');
  const subjectKey = (isCount ? rest.slice(4) : rest).replace(/^TOT_/, '');
  const subject = STATBEL_SUBJECTS[subjectKey];
  if (!subject) return null;
  if (isCount) return { nl: `Aangiften met ${subject.nl}`, en: `Tax returns with ${subject.en}`, kind: 'count', unit: 'tax returns', polarity: 'neutral' };
  return { nl: capitalise(subject.nl), en: capitalise(subject.en), kind: 'amount', unit: 'EUR', polarity: subject.polarity };
}

/** Normalised lower-case header text for substring tests (Dutch compounds: werkloosheidsgraad, leefloongerechtigden). */
const flat = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const containsAny = (text: string, stems: readonly string[]): boolean => stems.some((s) => text.includes(s));

const SHARE_STEMS = ['%', 'procent', 'percent', 'aandeel', 'proportion'];
const SHARE_WORDS = new Set(['pct', 'share', 'perc']);
const RATE_STEMS = ['per 1000', 'per 1.000', 'per 100', 'per1000', '‰', 'promille', 'graad'];
const RATE_WORDS = new Set(['rate', 'ratio', 'rates']);
const MEAN_STEMS = ['gemiddeld', 'average', 'mediaan', 'median'];
const MEAN_WORDS = new Set(['mean', 'avg', 'gem', 'gemid']);
const MONEY_STEMS = ['inkomen', 'income', '€', 'euro', 'bedrag', 'amount', 'kosten', 'uitgave', 'belasting', 'revenue'];
const MONEY_WORDS = new Set(['inc', 'eur', 'tax', 'taxes', 'cost', 'costs', 'kost']);
const COUNT_WORDS = new Set(['aantal', 'number', 'nbr', 'n', 'count']);
const WORSE_STEMS = ['armoede', 'poverty', 'leefloon', 'werkloos', 'unemploy', 'werkzoek', 'schuld', 'debt', 'kansarm', 'depriv', 'achterstel', 'budgetmeter', 'dakloos', 'homeless', 'verhoogde tegemoetkoming', 'nulinkomen', 'zero inc', 'overbewon', 'overcrowd', 'schooluitval', 'drop-out', 'dropout', 'vroegtijdig'];
const BETTER_STEMS = ['bereik', 'reach', 'inkomen', 'income', 'werkzaam', 'employment', 'tewerkstelling'];
const BETTER_WORDS = new Set(['inc']);
/** Topics of social-service files: counts of these are sensitive whatever their size. */
const CLIENT_STEMS = ['leefloon', 'client', 'dossier', 'hulpvra', 'budgetmeter', 'schuld', 'debt', 'ocmw', 'kansarm', 'begeleid', 'gerechtigd', 'begunstigd', 'dakloos', 'homeless', 'steunaanvra', 'case'];
const HOUSEHOLD_STEMS = ['huishoud', 'household', 'gezin', 'famil'];
const REQUEST_STEMS = ['hulpvra', 'aanvra', 'request', 'vragen'];
const PERSON_STEMS = ['person', 'inwoner', 'resident', 'bewoner', 'client', 'leefloon', 'gerechtigd', 'begunstigd', 'kinder', 'kind', 'jongere', 'ouderen', 'people', 'werkzoek', 'werkloz', 'geboort', 'birth', 'populat', 'bevolking'];

/**
 * Defaults for an indicator definition from its column header and its values; the wizard shows them for
 * the user to correct.
 * - labels: the header (underscores as spaces) in both languages; known Statbel MS_* fiscal columns get
 *   proper Dutch and English labels;
 * - kind: `share` for %, pct, aandeel, percent; `rate` for per 1000, ‰, graad, ratio; `mean` for gemiddeld,
 *   average, median; `amount` for money (inc, inkomen, income, €, eur, belasting) unless the header says it
 *   counts (aantal, number, nbr); `count` when every value is a non-negative integer; `mean` otherwise
 *   (only counts are summed over areas, so an unsure guess is never summed);
 * - polarity: `higher_worse` for armoede, poverty, leefloon, werkloos, schuld, kansarm, …; `higher_better`
 *   for bereik, reach, inkomen, income, werkzaamheid; `neutral` otherwise;
 * - sensitive (erring on the safe side): a count whose header is about clients, dossiers, leefloon, debt
 *   and the like, or any count with a value from 1 to 4.
 *
 * @example
 * suggestIndicatorDefinition('Aantal leefloners', [12, 3, 40]).sensitive // true
 */
export function suggestIndicatorDefinition(header: string, values: readonly (number | null)[]): SuggestedIndicatorDefinition {
  const id = indicatorSlug(header);
  const text = flat(header).replace(/_/g, ' ');
  const words = new Set(headerWords(header));
  const hasWord = (set: ReadonlySet<string>): boolean => [...words].some((w) => set.has(w));
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const allCounts = numbers.length > 0 && numbers.every((v) => Number.isInteger(v) && v >= 0);
  const hasSmall = numbers.some((v) => v >= 1 && v <= 4);

  const statbel = statbelLabels(header);
  const money = containsAny(text, MONEY_STEMS) || hasWord(MONEY_WORDS);
  const saysCount = hasWord(COUNT_WORDS);

  let kind: IndicatorKind;
  if (statbel) kind = statbel.kind;
  else if (containsAny(text, SHARE_STEMS) || hasWord(SHARE_WORDS)) kind = 'share';
  else if (containsAny(text, RATE_STEMS) || hasWord(RATE_WORDS)) kind = 'rate';
  else if (containsAny(text, MEAN_STEMS) || hasWord(MEAN_WORDS)) kind = 'mean';
  else if (money && !(saysCount && allCounts)) kind = 'amount';
  else if (allCounts || (numbers.length === 0 && saysCount)) kind = 'count';
  else kind = 'mean';
  // A count column with fractions or negative values is not a count.
  if (kind === 'count' && numbers.length > 0 && !allCounts) kind = 'mean';

  let unit: string;
  if (statbel) unit = statbel.unit;
  else if (kind === 'share') unit = '%';
  else if (kind === 'rate') unit = /1\.?000|‰|promille/.test(text) ? 'per 1000' : /per 100\b/.test(text) ? 'per 100' : 'ratio';
  else if (kind === 'amount' || (kind === 'mean' && money)) unit = 'EUR';
  else if (kind === 'count') {
    unit = containsAny(text, ['dossier']) ? 'dossiers' : containsAny(text, REQUEST_STEMS) ? 'requests' : containsAny(text, HOUSEHOLD_STEMS) ? 'households' : containsAny(text, PERSON_STEMS) ? 'persons' : 'count';
  } else unit = 'value';

  let polarity: IndicatorPolarity;
  if (statbel) polarity = statbel.polarity;
  else if (containsAny(text, WORSE_STEMS)) polarity = 'higher_worse';
  else if (containsAny(text, BETTER_STEMS) || hasWord(BETTER_WORDS)) polarity = 'higher_better';
  else polarity = 'neutral';

  const sensitive = kind === 'count' && (hasSmall || (!statbel && containsAny(text, CLIENT_STEMS)));

  const plain = header.includes(' ') ? header.replace(/\s+/g, ' ').trim() : header.replace(/_+/g, ' ').trim();
  const label = plain === '' ? id : capitalise(plain);
  return {
    id,
    labelNl: statbel?.nl ?? label,
    labelEn: statbel?.en ?? label,
    unit,
    kind,
    denominator: null,
    polarity,
    sensitive,
  };
}
