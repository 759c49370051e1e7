/** Words of the charts and the area detail panel (renderer/explorer/charts, renderer/explorer/detail). */
export const chartsNl = {
  tabCharts: 'Grafieken',
  tabDetail: 'Gebied',
} as const;

export const chartsEn: { [K in keyof typeof chartsNl]: string } = {
  tabCharts: 'Charts',
  tabDetail: 'Area',
};
