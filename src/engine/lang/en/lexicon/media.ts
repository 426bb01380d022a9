// News outlets, agencies and sites as sources (grade "media"). Canonical
// names; short forms a text uses after the first mention are found by the
// resolver ("the Times" → the fullest outlet named so far ending in "Times").
export const MEDIA: readonly string[] = [
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'USA Today', 'Los Angeles Times',
  'The Boston Globe', 'Chicago Tribune', 'The Guardian', 'The Times', 'The Sunday Times', 'The Telegraph',
  'The Independent', 'The Observer', 'Financial Times', 'The Economist', 'The Atlantic', 'The New Yorker',
  'Time', 'Newsweek', 'Politico', 'The Hill', 'Axios', 'Vox', 'BuzzFeed News', 'BuzzFeed', 'HuffPost',
  'Huffington Post', 'The Huffington Post', 'Breitbart', 'Breitbart News', 'The Daily Caller', 'Daily Caller',
  'National Review', 'The Daily Beast', 'Slate', 'Salon', 'Mother Jones', 'The Intercept', 'ProPublica',
  'Bloomberg', 'Bloomberg News', 'Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'AFP', 'Interfax',
  'TASS', 'RIA Novosti', 'Xinhua', 'Kyodo', 'Yonhap', 'dpa', 'ANSA', 'EFE', 'Al Jazeera', 'Al Arabiya',
  'BBC', 'BBC News', 'CNN', 'CNBC', 'MSNBC', 'Fox News', 'Fox', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS',
  'CBS News', 'CBS This Morning', 'NPR', 'PBS', 'C-SPAN', 'Sky News', 'Deutsche Welle', 'Der Spiegel', 'Spiegel',
  'Le Monde', 'Le Figaro', 'El País', 'Corriere della Sera', 'La Repubblica', 'Bild', 'Die Welt',
  'Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'Haaretz', 'The Jerusalem Post', 'Times of Israel',
  'South China Morning Post', 'The Hindu', 'The Times of India', 'Yahoo News', 'Yahoo', 'Business Insider',
  'Forbes', 'Fortune', 'The Wall Street Journal', 'New York Post', 'The New York Post', 'Daily Mail',
  'The Sun', 'Mirror', 'Tampa Bay Times', 'Miami Herald', 'The Des Moines Register', 'The Dallas Morning News',
  'Houston Chronicle', 'The Philadelphia Inquirer', 'PolitiFact', 'FactCheck.org', 'Snopes', 'InsideSources',
  'Zero Hedge', 'The Federalist', 'Townhall', 'Daily Kos', 'Drudge Report', 'RealClearPolitics',
  'Real Clear Politics', 'FiveThirtyEight', 'Rolling Stone', 'Vanity Fair', 'Esquire', 'The Nation',
  'Washington Examiner', 'Washington Times', 'The Washington Times', 'Western Journal', 'Western Journalism',
  'CNS News', 'Christian News Service', 'Newsmax', 'Meduza', 'Kommersant', 'Vedomosti', 'Novaya Gazeta',
  'RT', 'Sputnik', 'Zakon.kz', 'Kyiv Independent', 'Ukrainska Pravda',
  // Outlets English news cites without a telling last word ("The Information reported"), and the region's own.
  'The Information', 'Semafor', 'Puck', 'The Athletic', 'ESPN', 'Sky Sports', 'talkSPORT', 'The Verge', 'TechCrunch',
  'Wired', 'Ars Technica', 'Engadget', 'RTÉ', 'RTE', 'STAT', 'Nikkei', 'Nikkei Asia', 'Caixin', 'Kathimerini', 'Ynet',
  'Mediazona', 'Meduza', 'TV Rain', 'Dozhd', 'Fontanka', 'RBC', 'Izvestia', 'Lenta.ru', 'Gazeta.ru', 'Rossiyskaya Gazeta',
  'Kyiv Post', 'Ukrinform', 'Suspilne', 'Hromadske', 'Interfax-Ukraine', 'Radio Free Europe', 'RFE/RL', 'Radio Liberty',
  'Current Time', 'Azattyq', 'Kazinform', 'Tengrinews', 'Vlast.kz', 'Orda.kz', 'Kursiv', 'The Astana Times', 'Kun.uz',
  'AKIpress', '24.kg', 'Kaktus.media', 'Eurasianet', 'Civil.ge', 'Belta', 'Nasha Niva',
  // Entertainment trade papers and celebrity outlets ("Deadline reports", "a source told Us Weekly").
  'Deadline', 'Variety', 'The Hollywood Reporter', 'Hollywood Reporter', 'Page Six', 'Us Weekly', 'TMZ', 'E! News',
  'Entertainment Weekly', 'Billboard', 'GQ', 'Vogue', 'Vanity Fair', 'OK! magazine', 'Hello! magazine', 'Radar Online',
];

/** Last words that make an unknown capitalised name an outlet ("the Tulsa World", "Daily Herald"). */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'journal', 'herald', 'tribune', 'gazette', 'globe', 'chronicle', 'telegraph',
  'observer', 'guardian', 'examiner', 'inquirer', 'register', 'star', 'sun', 'daily', 'weekly', 'magazine',
  'review', 'press', 'radio', 'tv', 'television', 'network', 'broadcasting', 'wire', 'report', 'courier',
  'dispatch', 'bulletin', 'standard', 'mirror', 'express', 'independent', 'caller', 'beast', 'insider', 'ledger',
  'sentinel', 'enquirer', 'newspaper',
]);
