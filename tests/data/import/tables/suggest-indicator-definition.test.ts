import { describe, expect, it } from 'vitest';
import { indicatorSlug, suggestIndicatorDefinition } from '../../../../data/import/tables/suggest-indicator-definition';

describe('indicatorSlug', () => {
  it('makes ids of a–z, 0–9 and _', () => {
    expect(indicatorSlug('Aantal cliënten (75+)')).toBe('aantal_clienten_75plus');
    expect(indicatorSlug('aandeel 65+ (%)')).toBe('aandeel_65plus_pct');
    expect(indicatorSlug('MS_TOT_NET_INC')).toBe('ms_tot_net_inc');
    expect(indicatorSlug('2023')).toBe('i_2023');
    expect(indicatorSlug('***')).toBe('indicator');
    expect(indicatorSlug('x'.repeat(100))).toHaveLength(64);
    expect(indicatorSlug('Bedrag (€) per huishouden')).toBe('bedrag_eur_per_huishouden');
  });
});

describe('suggestIndicatorDefinition', () => {
  it('suggests a count of persons, sensitive when small values occur', () => {
    expect(suggestIndicatorDefinition('Aantal personen', [120, 3, 40, null])).toEqual({
      id: 'aantal_personen',
      labelNl: 'Aantal personen',
      labelEn: 'Aantal personen',
      unit: 'persons',
      kind: 'count',
      denominator: null,
      polarity: 'neutral',
      sensitive: true,
    });
    expect(suggestIndicatorDefinition('inwoners', [1200, 850, 0]).sensitive).toBe(false);
  });

  it('marks counts of clients, dossiers or leefloon sensitive whatever their size, and poverty topics higher_worse', () => {
    const leefloon = suggestIndicatorDefinition('leefloongerechtigden', [120, 85]);
    expect(leefloon).toMatchObject({ kind: 'count', unit: 'persons', polarity: 'higher_worse', sensitive: true });
    expect(suggestIndicatorDefinition('open_dossiers', [40, 52])).toMatchObject({ labelNl: 'Open dossiers', kind: 'count', unit: 'dossiers', sensitive: true });
    expect(suggestIndicatorDefinition('hulpvragen', [40, 52])).toMatchObject({ unit: 'requests', sensitive: true });
    expect(suggestIndicatorDefinition('werkloosheidsgraad', [7.5, 12.1])).toMatchObject({ kind: 'rate', polarity: 'higher_worse', sensitive: false });
    expect(suggestIndicatorDefinition('armoederisico (%)', [12.5, 20])).toMatchObject({ kind: 'share', unit: '%', polarity: 'higher_worse' });
  });

  it('recognises shares, rates, means and amounts from the header', () => {
    expect(suggestIndicatorDefinition('aandeel 65+ (%)', [18.2, 22])).toMatchObject({ kind: 'share', unit: '%', sensitive: false });
    expect(suggestIndicatorDefinition('leefloon_pct', [1, 2, 3])).toMatchObject({ kind: 'share', sensitive: false });
    expect(suggestIndicatorDefinition('geboorten per 1000 inwoners', [9.5])).toMatchObject({ kind: 'rate', unit: 'per 1000' });
    expect(suggestIndicatorDefinition('gemiddeld inkomen', [21456.75])).toMatchObject({ kind: 'mean', unit: 'EUR', polarity: 'higher_better' });
    expect(suggestIndicatorDefinition('Totaal inkomen (€)', [1234567])).toMatchObject({ kind: 'amount', unit: 'EUR', polarity: 'higher_better' });
    expect(suggestIndicatorDefinition('bereik', [0.4, 0.7])).toMatchObject({ kind: 'mean', polarity: 'higher_better' });
    // Fractions without any hint are never counted (only counts are summed over areas).
    expect(suggestIndicatorDefinition('index', [0.4, 1.7])).toMatchObject({ kind: 'mean', unit: 'value', polarity: 'neutral' });
    expect(suggestIndicatorDefinition('saldo', [-3, 4])).toMatchObject({ kind: 'mean' });
  });

  it('gives Statbel fiscal columns proper labels', () => {
    expect(suggestIndicatorDefinition('MS_TOT_NET_TAXABLE_INC', [260615502.8])).toEqual({
      id: 'ms_tot_net_taxable_inc',
      labelNl: 'Totaal netto belastbaar inkomen',
      labelEn: 'Total net taxable income',
      unit: 'EUR',
      kind: 'amount',
      denominator: null,
      polarity: 'higher_better',
      sensitive: false,
    });
    expect(suggestIndicatorDefinition('MS_NBR_NON_ZERO_INC', [8065, 8155])).toMatchObject({ labelEn: 'Tax returns with a non-zero income', kind: 'count', unit: 'tax returns', sensitive: false });
    expect(suggestIndicatorDefinition('MS_NBR_STATE_TAXES', [6567])).toMatchObject({ labelNl: 'Aangiften met rijksbelasting', kind: 'count' });
    expect(suggestIndicatorDefinition('MS_TOT_RESIDENTS', [14375])).toMatchObject({ labelNl: 'Inwoners', labelEn: 'Residents', unit: 'persons', kind: 'count' });
    expect(suggestIndicatorDefinition('MS_NBR_ZERO_INC', [381, 2])).toMatchObject({ polarity: 'higher_worse', sensitive: true });
  });
});
