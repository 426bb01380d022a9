// A capital standing for its government: "Tehran insists", "Moscow denied",
// "Beijing warned". The speaker is the country acting (the corpus format's
// "country acting as a speaker"). Capitals that are also common first names
// or surnames (Sofia, Victoria, Santiago, Paris, Lima) are left out: alone
// before a verb they are more often a person.
export const CAPITAL_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['Washington', 'United States'], ['Moscow', 'Russia'], ['Beijing', 'China'], ['Tehran', 'Iran'], ['Kyiv', 'Ukraine'],
  ['Kiev', 'Ukraine'], ['Brussels', 'European Union'], ['Minsk', 'Belarus'], ['London', 'Britain'], ['Berlin', 'Germany'], ['Rome', 'Italy'],
  ['Madrid', 'Spain'], ['Warsaw', 'Poland'], ['Budapest', 'Hungary'], ['Ankara', 'Turkey'], ['Athens', 'Greece'],
  ['Tokyo', 'Japan'], ['Seoul', 'South Korea'], ['Pyongyang', 'North Korea'], ['Taipei', 'Taiwan'], ['Hanoi', 'Vietnam'],
  ['Manila', 'Philippines'], ['Jakarta', 'Indonesia'], ['New Delhi', 'India'], ['Islamabad', 'Pakistan'], ['Kabul', 'Afghanistan'],
  ['Dhaka', 'Bangladesh'], ['Damascus', 'Syria'], ['Baghdad', 'Iraq'], ['Riyadh', 'Saudi Arabia'], ['Cairo', 'Egypt'],
  ['Amman', 'Jordan'], ['Beirut', 'Lebanon'], ['Doha', 'Qatar'], ['Abu Dhabi', 'United Arab Emirates'], ['Tripoli', 'Libya'],
  ['Khartoum', 'Sudan'], ['Addis Ababa', 'Ethiopia'], ['Nairobi', 'Kenya'], ['Pretoria', 'South Africa'], ['Caracas', 'Venezuela'],
  ['Havana', 'Cuba'], ['Bogota', 'Colombia'], ['Bogotá', 'Colombia'], ['Brasilia', 'Brazil'], ['Brasília', 'Brazil'],
  ['Buenos Aires', 'Argentina'], ['Mexico City', 'Mexico'], ['Ottawa', 'Canada'], ['Canberra', 'Australia'], ['Tbilisi', 'Georgia'],
  ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Chisinau', 'Moldova'], ['Vilnius', 'Lithuania'], ['Riga', 'Latvia'],
  ['Tallinn', 'Estonia'], ['Helsinki', 'Finland'], ['Stockholm', 'Sweden'], ['Oslo', 'Norway'], ['Copenhagen', 'Denmark'],
  ['Bucharest', 'Romania'], ['Belgrade', 'Serbia'], ['Vienna', 'Austria'], ['Dublin', 'Ireland'], ['Lisbon', 'Portugal'],
  ['Prague', 'Czech Republic'], ['Bratislava', 'Slovakia'], ['Kathmandu', 'Nepal'], ['Bangkok', 'Thailand'], ['Kuala Lumpur', 'Malaysia'],
  ['Wellington', 'New Zealand'], ['Paris', 'France'], ['Bern', 'Switzerland'], ['The Hague', 'Netherlands'], ['Zagreb', 'Croatia'],
  ['Kampala', 'Uganda'], ['Abuja', 'Nigeria'], ['Accra', 'Ghana'], ['Dakar', 'Senegal'], ['Kinshasa', 'Democratic Republic of Congo'],
  ['Harare', 'Zimbabwe'], ['Lusaka', 'Zambia'], ['Colombo', 'Sri Lanka'], ['Tashkent', 'Uzbekistan'], ['Astana', 'Kazakhstan'],
  ['Bishkek', 'Kyrgyzstan'], ['Quito', 'Ecuador'], ['Reykjavik', 'Iceland'], ['Jerusalem', 'Israel'], ['Naypyitaw', 'Myanmar'],
]);

/**
 * "The Russians say …", "the Iranians have insisted …": a people named with "the" in a diplomatic report is its
 * government speaking (without "the" — "Russians", "many Iranians" — it stays a group of people).
 */
export const DEMONYM_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['russians', 'Russia'], ['americans', 'United States'], ['chinese', 'China'], ['iranians', 'Iran'], ['israelis', 'Israel'],
  ['ukrainians', 'Ukraine'], ['syrians', 'Syria'], ['turks', 'Turkey'], ['saudis', 'Saudi Arabia'], ['germans', 'Germany'],
  ['french', 'France'], ['british', 'Britain'], ['japanese', 'Japan'], ['north koreans', 'North Korea'], ['south koreans', 'South Korea'],
  ['egyptians', 'Egypt'], ['qataris', 'Qatar'], ['emiratis', 'United Arab Emirates'], ['pakistanis', 'Pakistan'], ['indians', 'India'],
]);
