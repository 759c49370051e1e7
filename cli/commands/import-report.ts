import type { ImportOutcome, MunicipalityImportReport } from '../../data/import';
import { indicatorKindLabel, indicatorUnitLabel } from '../../data/import/indicator-terms';
import { formatProblem, type Language } from '../../data/problems';

const isMunicipalityReport = (report: ImportOutcome['report']): report is MunicipalityImportReport => 'municipality' in report;

function areaLines(report: ImportOutcome['report']): string[] {
  const lines: string[] = [];
  const b = report.boundaries;
  if (b) {
    lines.push(`Boundaries  ${b.file}: ${b.crs} (${b.crsSource}); ${b.featuresInFile} features in the file${b.selected !== b.featuresInFile ? `, ${b.selected} after the filter` : ''} → ${b.areas} areas, ${b.refused} refused`);
    lines.push(`            level ${b.level}; code column ${b.codeField}; name column ${b.nameField}`);
    if (b.repairs.length > 0) lines.push(`            repairs: ${b.repairs.map((r) => `${r.kind} ×${r.count}`).join(', ')}`);
  }
  if (isMunicipalityReport(report)) {
    const m = report.municipality;
    lines.push(`Municipality ${m.name} (NIS ${m.nis}), built-in geography; figures per ${m.level} (${m.areas} areas); ${m.population} residents (2024) as indicator population`);
  }
  return lines;
}

function tableLines(report: ImportOutcome['report']): string[] {
  const lines: string[] = [];
  for (const t of report.tables) {
    const layout = t.mapping.layout.kind === 'wide' ? `wide, ${t.mapping.layout.indicatorColumns.length} indicator column(s)` : `long (${t.mapping.layout.indicatorColumn} / ${t.mapping.layout.valueColumn})`;
    const period = 'column' in t.mapping.period ? `period column ${t.mapping.period.column}` : `period ${t.mapping.period.value}`;
    lines.push(`Table       ${t.file}${t.sheet ? ` [${t.sheet}]` : ''}: ${t.format}${t.delimiter ? `, delimiter ${JSON.stringify(t.delimiter)}` : ''}, decimal ${JSON.stringify(t.decimal)}, thousands ${t.thousands ? JSON.stringify(t.thousands) : 'none'}${t.encoding ? `, ${t.encoding}` : ''}; ${t.rows} rows`);
    lines.push(`            code column ${t.mapping.codeColumn}; ${period}; ${layout}; ${t.values} values, ${t.suppressed} suppressed, ${t.missing} missing`);
  }
  const m = report.matching;
  if (m) {
    lines.push(`Matching    ${m.matchedCodes} code(s) matched (${m.exact} exactly, ${m.normalised} after normalising)`);
    lines.push(`            in the table but not in the areas: ${m.unmatchedInTableCount}${m.unmatchedInTable.length ? ` (e.g. ${m.unmatchedInTable.slice(0, 5).map((u) => `${u.code} ×${u.count}`).join(', ')})` : ''}`);
    lines.push(`            areas without figures: ${m.unmatchedAreasCount}${m.unmatchedAreas.length ? ` (e.g. ${m.unmatchedAreas.slice(0, 5).join(', ')})` : ''}`);
  }
  return lines;
}

function indicatorLines(report: ImportOutcome['report'], language: Language): string[] {
  if (report.indicators.length === 0) return [];
  const lines = [`Indicators  ${report.indicators.length} over periods ${report.periods.join(', ')} (ids for --role and --need)`];
  for (const d of report.indicators.slice(0, 40)) {
    const unit = d.unit ? indicatorUnitLabel(d.unit, language) : '-';
    lines.push(`            ${d.id}: "${language === 'nl' ? d.labelNl : d.labelEn}" [${unit}] ${indicatorKindLabel(d.kind, language)}${d.denominator ? ` per ${d.denominator}` : ''}, ${d.polarity}${d.sensitive ? ', SENSITIVE' : ''}`);
  }
  if (report.indicators.length > 40) lines.push(`            … and ${report.indicators.length - 40} more`);
  return lines;
}

function organisationLines(report: ImportOutcome['report']): string[] {
  if (!isMunicipalityReport(report)) return [];
  const o = report.organisation;
  const suggested = o.suggestedRoles ?? [];
  const roles = Object.entries(o.roles).map(([role, id]) => `${role}=${id}${suggested.includes(role) ? '*' : ''}`);
  const note = suggested.length > 0 ? ' (* suggested from the indicator names; change with --role <role>=<id>)' : '';
  return [
    `Teams       ${o.teams.length === 0 ? 'none (add --teams <file>: area code → team)' : o.teams.map((t) => `${t.name} (${t.areas} areas)`).join(', ')}${o.teams.length > 0 && o.unassignedAreas > 0 ? `; ${o.unassignedAreas} area(s) in no team` : ''}`,
    `            ${o.centres} location(s), ${o.fteRows} FTE row(s); roles ${roles.length > 0 ? `${roles.join(', ')}${note}` : 'default (set with --role need=<id> --role clients=<id> --role caseload=<id>)'}`,
  ];
}

/** The human-readable report, the same facts the wizard's report step shows. */
export function formatImportReport(outcome: ImportOutcome, written: string | null, language: Language): string {
  const { report } = outcome;
  const lines: string[] = ['Wijkzicht import report', '', ...areaLines(report), ...tableLines(report), ...indicatorLines(report, language), ...organisationLines(report)];
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  const warnings = outcome.problems.filter((p) => p.severity === 'warning');
  lines.push('', `Problems    ${errors.length} error(s), ${warnings.length} warning(s)`);
  for (const p of [...errors, ...warnings]) lines.push(`  ${formatProblem(p, language)}`);
  lines.push('', written ? `Wrote the package to ${written}` : `Nothing was written: fix the ${errors.length} error(s) above and run the import again.`);
  return `${lines.join('\n')}\n`;
}
