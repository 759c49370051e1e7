/** The words of *Nieuwe gemeente…* (the built-in geography of Flanders and Brussels), Dutch first. */
export const municipalityNl = {
  municipalityOpen: 'Nieuwe gemeente…',
  municipalityTitle: 'Nieuwe gemeente',
  municipalityIntro: 'Kies een van de {count} gemeenten van Vlaanderen en Brussel: ze opent meteen met haar echte wijken, deelgemeenten en statistische sectoren en de bevolking van 2024. Daarna brengt u uw eigen cijfers binnen (Importeren…) en richt u uw teams, locaties en FTE in.',
  municipalitySearch: 'Zoek op naam of NIS-code',
  municipalityMeta: 'NIS {nis} · {province} · {population} inwoners · {sectors} sectoren · {wijken} wijken',
  municipalityNone: 'Geen gemeente gevonden voor “{query}”. Bedoelt u:',
  municipalitySource: 'Bronnen: Wijken voor omgevingsanalyse © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies (Modellicentie Gratis Hergebruik v1.0); Statbel open data 2024. Sectorgrenzen zijn benaderd.',
};

export const municipalityEn: Record<keyof typeof municipalityNl, string> = {
  municipalityOpen: 'New municipality…',
  municipalityTitle: 'New municipality',
  municipalityIntro: 'Choose one of the {count} municipalities of Flanders and Brussels: it opens at once with its real wijken, deelgemeenten and statistical sectors and the 2024 population. Then bring in your own figures (Import…) and set up your teams, locations and FTE.',
  municipalitySearch: 'Search by name or NIS code',
  municipalityMeta: 'NIS {nis} · {province} · population {population} · {sectors} sectors · {wijken} wijken',
  municipalityNone: 'No municipality found for “{query}”. Did you mean:',
  municipalitySource: 'Sources: Wijken voor omgevingsanalyse © municipalities, collected by Data & Analyse of the Flemish provinces (Modellicentie Gratis Hergebruik v1.0); Statbel open data 2024. Sector boundaries are approximate.',
};
