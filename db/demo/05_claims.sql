-- Faultline demo record, part 5: claims and the per-party figures they give.
--
-- Every event has at least one claim. url is always copied exactly from the chronology row the
-- event comes from (for a row that only names a source, the url given earlier for it).
-- source: a party's statement is filed under that party's channel (FAMa communiqués on X, ORTM,
-- CSP spokesman, JNIM statement, MINUSMA, ...), with url = the page that carried it. Otherwise
-- the source is the outlet that published the url. claimant_actor_id / claimant_name say who speaks.
-- stance REPORTS by default. CONFIRMS, DISPUTES and DENIES answer the claim in responds_to_claim_id.
-- published_on only where the url or the chronology dates the publication. reported_event_date
-- only where the claim dates the event (Anéfis: 7 vs 8 Oct 2023, Tessalit: 8 vs 9 Feb 2013).
-- excerpt only where the chronology quotes or paraphrases the source (short, in English as
-- the chronology gives it, so excerpt_language 'en').
-- fatalities is the total the claim gives. claim_fatality splits it per party (killed, wounded, missing).
-- claimed_controller_actor_id where the claim says who holds the place. provenance EDITOR.

INSERT INTO claim (id, event_id, source_id, stance, claimant_actor_id, claimant_name, responds_to_claim_id, published_on, reported_event_date, fatalities, claimed_controller_actor_id, provenance, excerpt_language, excerpt, url) VALUES
    -- Event 1: MNLA opens the Tuareg rebellion at Ménaka
    (1,    1,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Tuareg_rebellion_(2012)'),
    --   The mobile Wikipedia page on the Mali War, the second source the chronology gives for the start of the rebellion.
    (2,    1,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.m.wikipedia.org/wiki/Mali_War'),
    -- Event 2: MNLA attacks the army at Aguelhok
    (3,    2,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Tuareg_rebellion_(2012)'),
    (4,    2,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.m.wikipedia.org/wiki/Mali_War'),
    -- Event 3: MNLA attacks the army at Tessalit
    (5,    3,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Tuareg_rebellion_(2012)'),
    (6,    3,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.m.wikipedia.org/wiki/Mali_War'),
    -- Event 4: Soldiers reported executed at Aguelhok
    --   "About 60", the figure of a French minister.
    (7,    4,   46,  'REPORTS',   NULL,  'French minister',                                   NULL,  NULL,          NULL,          60,    NULL,  'EDITOR',  'en',  'about 60',                                                                           'https://wikisum.wiki/wiki/2012_Tuareg_rebellion'),
    --   97, a Malian officer to AFP: filed under AFP, the channel, with the officer as claimant.
    (8,    4,   10,  'REPORTS',   1,     'Malian officer speaking to AFP',                    NULL,  NULL,          NULL,          97,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://wikisum.wiki/wiki/2012_Tuareg_rebellion'),
    --   40, a tally the page gives without attribution.
    (9,    4,   46,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          40,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://wikisum.wiki/wiki/2012_Tuareg_rebellion'),
    --   82, a tally the page gives without attribution.
    (10,   4,   46,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          82,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://wikisum.wiki/wiki/2012_Tuareg_rebellion'),
    -- Event 5: Coup ousts President Amadou Toumani Touré
    --   "Wikipedia Tuareg rebellion page (above)" in the chronology.
    (11,   5,   44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Tuareg_rebellion_(2012)'),
    -- Event 6: MNLA and Ansar Dine take Kidal
    (12,   6,   47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.infogalactic.com/info/Northern_Mali_conflict'),
    --   Arabic report of Ansar Dine taking Kidal, dated 2 Apr 2012.
    (13,   6,   23,  'REPORTS',   NULL,  NULL,                                                NULL,  '2012-04-02',  NULL,          NULL,  18,    'EDITOR',  NULL,  NULL,                                                                                 'http://afran.ir/ar/modules/news/article.php?storyid=7521'),
    -- Event 7: Rebels take Gao
    (14,   7,   47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.infogalactic.com/info/Northern_Mali_conflict'),
    -- Event 8: Rebels take Timbuktu
    (15,   8,   47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.infogalactic.com/info/Northern_Mali_conflict'),
    -- Event 9: MNLA captures Douentza
    (16,   9,   47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  8,     'EDITOR',  NULL,  NULL,                                                                                 'http://www.infogalactic.com/info/Northern_Mali_conflict'),
    -- Event 10: MNLA calls off its offensive
    (17,   10,  47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.infogalactic.com/info/Northern_Mali_conflict'),
    -- Event 11: MNLA proclaims the independent state of Azawad
    (18,   11,  47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.infogalactic.com/info/Northern_Mali_conflict'),
    (19,   11,  47,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.infogalactic.com/info/Azawad'),
    -- Event 12: MUJAO drives the MNLA out of Gao
    (20,   12,  43,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  21,    'EDITOR',  NULL,  NULL,                                                                                 'https://www.polgeonow.com/2012/09/azawad-islamists-mali-map.html'),
    -- Event 13: Jihadists take Konna from the army
    (21,   13,  12,  'REPORTS',   NULL,  NULL,                                                NULL,  '2014-01-11',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.france24.com/en/20140111-france-mali-military-intervention-operation-serval-anniversary-timeline'),
    -- Event 14: France launches Operation Serval
    (22,   14,  12,  'REPORTS',   NULL,  NULL,                                                NULL,  '2014-01-11',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.france24.com/en/20140111-france-mali-military-intervention-operation-serval-anniversary-timeline'),
    -- Event 15: ECOWAS authorises the AFISMA force
    --   An AFP dispatch carried by GlobalPost (the url is under /dispatch/news/afp/).
    (23,   15,  22,  'REPORTS',   NULL,  NULL,                                                NULL,  '2013-04-25',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.globalpost.com/dispatch/news/afp/130425/mali-french-and-african-troops-un-force'),
    -- Event 16: French and Malian troops retake Douentza
    --   The chronology cites only the site, "Jan 2013 archive".
    (24,   16,  43,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.polgeonow.com'),
    -- Event 17: French and Malian troops retake Gao
    (25,   17,  43,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'http://www.polgeonow.com/2013/01/mali-map-update-3-gao-and-timbuktu.html'),
    (26,   17,  12,  'REPORTS',   NULL,  NULL,                                                NULL,  '2014-01-11',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.france24.com/en/20140111-france-mali-military-intervention-operation-serval-anniversary-timeline'),
    -- Event 18: French and Malian troops retake Timbuktu
    (27,   18,  43,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'http://www.polgeonow.com/2013/01/mali-map-update-3-gao-and-timbuktu.html'),
    (28,   18,  12,  'REPORTS',   NULL,  NULL,                                                NULL,  '2014-01-11',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.france24.com/en/20140111-france-mali-military-intervention-operation-serval-anniversary-timeline'),
    -- Event 19: French troops seize Kidal airstrip
    (29,   19,  12,  'REPORTS',   NULL,  NULL,                                                NULL,  '2014-01-11',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.france24.com/en/20140111-france-mali-military-intervention-operation-serval-anniversary-timeline'),
    -- Event 20: French and African forces retake Tessalit
    (30,   20,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  29,    'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Tessalit'),
    --   The German Wikipedia copy dates the retaking to 9 Feb.
    (31,   20,  48,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          '2013-02-09',  NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://de.wikiup.org/wiki/Tessalit'),
    -- Event 21: French and Chadian troops take the Adrar des Ifoghas
    (32,   21,  49,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://mapnall.org/en/Map%20-%20Kidal-Cercle_1323230.html'),
    -- Event 22: MAA splinter takes Ber
    (33,   22,  56,  'REPORTS',   NULL,  NULL,                                                NULL,  '2013-05-13',  NULL,          NULL,  10,    'EDITOR',  NULL,  NULL,                                                                                 'https://noteontheperiphery.wordpress.com/2013/05/13/updated-mali-map-as-of-may-13-2013/'),
    -- Event 23: UN Security Council creates MINUSMA
    (34,   23,  50,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.theinfolist.com/html/ALL/s/A/Algiers_Agreement_(2015).html'),
    -- Event 24: Ouagadougou preliminary accord
    (35,   24,  24,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://alwasatnews.com/news/886948.html'),
    -- Event 25: Army takes Anéfis from the MNLA
    (36,   25,  41,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.maliweb.net/armee/offensive-militaire-au-nord-du-mali-larmee-malienne-a-anefis-apres-dix-ans-dabsence-3038910.html'),
    -- Event 26: MINUSMA takes over from AFISMA
    --   The chronology also cites a tellerreport.com page, but its url is truncated there, so it is not used.
    (37,   26,  25,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://afrika-news.com/military-operations-in-mali-since-2013/'),
    -- Event 27: Fighting in Kidal during Prime Minister Mara's visit
    (38,   27,  51,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://nzt-eth.ipns.dweb.link/wiki/2nd_Battle_of_Kidal.html'),
    (39,   27,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 28: Army offensive on Kidal fails, rebels take the town
    (40,   28,  51,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  8,     'EDITOR',  NULL,  NULL,                                                                                 'https://nzt-eth.ipns.dweb.link/wiki/2nd_Battle_of_Kidal.html'),
    (41,   28,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 29: Army loses Ménaka
    (42,   29,  51,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://nzt-eth.ipns.dweb.link/wiki/2nd_Battle_of_Kidal.html'),
    (43,   29,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 30: Army loses Andéramboukane
    (44,   30,  51,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://nzt-eth.ipns.dweb.link/wiki/2nd_Battle_of_Kidal.html'),
    (45,   30,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 31: Army loses Anéfis
    (46,   31,  51,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://nzt-eth.ipns.dweb.link/wiki/2nd_Battle_of_Kidal.html'),
    (47,   31,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 32: Ceasefire agreed in Kidal
    (48,   32,  26,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://benichab.net/taxonomy/term/23378'),
    (49,   32,  27,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.masress.com/ahramgate/495380'),
    -- Event 33: Operation Barkhane replaces Serval
    (50,   33,  28,  'REPORTS',   NULL,  NULL,                                                NULL,  '2022-08-15',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://newsrnd.com/news/2022-08-15-serval--barkhane--nine-and-a-half-years-of-french-military-engagement-in-the-sahel.SkbrP5kOAq.html'),
    -- Event 34: Car bomb at the MINUSMA camp in Ber
    (51,   34,  29,  'REPORTS',   NULL,  NULL,                                                NULL,  '2014-08-17',  NULL,          2,     NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://letempstg.com/2014/08/17/soldats-burkinabe-tues-au-mali'),
    -- Event 35: Azawad movements form the CMA
    (52,   35,  50,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://www.theinfolist.com/html/ALL/s/A/Algiers_Agreement_(2015).html'),
    -- Event 36: Government and Platform accept the Algiers agreement
    (53,   36,  52,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://opemam.org/node/6733?language=en'),
    -- Event 37: Pro-government GATIA and MAA take Ménaka from the CMA
    (54,   37,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  17,    'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 38: ISGS splits from al-Mourabitoun
    (55,   38,  45,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.criticalthreats.org/analysis/interactive-graphic-salafi-jihadi-ecosystem-in-the-sahel'),
    -- Event 39: CMA initials the Algiers agreement
    (56,   39,  24,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://alwasatnews.com/4632/news/read/990914/1.html'),
    (57,   39,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 40: Algiers accord signed in Bamako by the government and the Platform
    (58,   40,  24,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'http://alwasatnews.com/4632/news/read/990914/1.html'),
    (59,   40,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 41: CMA signs the Algiers accord
    (60,   41,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 42: Pro-government militias seize Anéfis
    (61,   42,  30,  'REPORTS',   NULL,  NULL,                                                NULL,  '2015-09-19',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.warsintheworld.com/index.php/2015/09/19/mali-coordination-of-azawad-movements-cma-rebels-retake-control-of-anefis-town/'),
    -- Event 43: CMA retakes Anéfis without a fight
    (62,   43,  30,  'REPORTS',   NULL,  NULL,                                                NULL,  '2015-09-19',  NULL,          NULL,  12,    'EDITOR',  'en',  'without a fight',                                                                    'https://www.warsintheworld.com/index.php/2015/09/19/mali-coordination-of-azawad-movements-cma-rebels-retake-control-of-anefis-town/'),
    -- Event 44: Jihadist groups merge into JNIM
    (63,   44,  45,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.criticalthreats.org/analysis/interactive-graphic-salafi-jihadi-ecosystem-in-the-sahel'),
    -- Event 45: Mutiny at Kati
    (64,   45,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/2020_Malian_coup_d%27%C3%A9tat'),
    -- Event 46: Coup ousts President Ibrahim Boubacar Keïta
    (65,   46,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/2020_Malian_coup_d%27%C3%A9tat'),
    -- Event 47: Soldiers detain the transitional President and Prime Minister
    (66,   47,  31,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/'),
    -- Event 48: Second coup leaves Col. Assimi Goïta in power
    (67,   48,  31,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/'),
    -- Event 49: Wagner Group deploys in Mali
    --   A copy of the French foreign ministry's text of the statement of 23 Dec 2021.
    (68,   49,  53,  'REPORTS',   NULL,  'Joint statement of 15 European states and Canada',  NULL,  '2021-12-23',  NULL,          NULL,  NULL,  'EDITOR',  'en',  'Russian Federation … providing material support',                                    'https://tourisme-muzillac.com/statement-on-the-deployment-of-the-wagner-group-in-mali-dec-23-2021/'),
    (69,   49,  32,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://pefafa.com/world/16-countries-condemn-deployment-of-russian-mercenaries-in-mali.html'),
    -- Event 50: France orders Barkhane out of Mali
    (70,   50,  33,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://janescom-stg.sitefinity.cloud/osint-insights/defence-news/france-completes-mali-withdrawal'),
    -- Event 51: JNIM and ISSP fight for the Ménaka region
    (71,   51,  45,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://understandingwar.org/backgrounder/salafi-jihadi-movement-weekly-update-december-1-2023'),
    -- Event 52: Attack on the army at Tessit kills 42 soldiers
    --   The final toll of 42 soldiers. Which of the two pages gave the initial toll (17 soldiers and 4 civilians) is not recorded, so it stays in the event notes.
    (72,   52,  34,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          42,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://tribuneonlineng.com/french-troops-fully-withdraw-from-mali/'),
    (73,   52,  35,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://pressreview24.com/au/news/world/-530821-six-months-to-leave-mali-bet-for-the-soldiers-of-barkhane.html'),
    -- Event 53: Barkhane hands its Gao base to the Malian army
    (74,   53,  20,  'REPORTS',   NULL,  NULL,                                                NULL,  '2022-08-15',  NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.dakaractu.com/Force-Barkhane-au-Mali-Il-n-y-a-plus-de-soldats-Francais-sur-le-sol-Malien_a222952.html'),
    (75,   53,  34,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://tribuneonlineng.com/french-troops-fully-withdraw-from-mali/'),
    -- Event 54: Last French troops leave Mali for Niger
    (76,   54,  20,  'REPORTS',   NULL,  NULL,                                                NULL,  '2022-08-15',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.dakaractu.com/Force-Barkhane-au-Mali-Il-n-y-a-plus-de-soldats-Francais-sur-le-sol-Malien_a222952.html'),
    -- Event 55: JNIM leaves its last major settlement in the Ménaka region
    (77,   55,  45,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://understandingwar.org/backgrounder/salafi-jihadi-movement-weekly-update-december-1-2023'),
    -- Event 56: UN Security Council ends MINUSMA's mandate
    (78,   56,  9,   'REPORTS',   34,    NULL,                                                NULL,  '2023-06-30',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://press.un.org/en/2023/sc15341.doc.htm'),
    -- Event 57: MINUSMA closes its Ogossagou base
    (79,   57,  8,   'REPORTS',   27,    NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://minusma.unmissions.org/en/closure-minusma-bases-ber-and-goundam-timbuktu-region'),
    -- Event 58: Clashes around Ber as the army moves to take over the UN camp
    (80,   58,  13,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-08-14',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.africanews.com/2023/08/14/in-mali-the-army-recovers-a-un-base-coveted-by-the-former-tuareg-rebellion/'),
    (81,   58,  42,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://maliactu.net/mali-larmee-prend-ses-quartiers-a-ber-malgre-les-intimidations/'),
    -- Event 59: MINUSMA leaves Ber early
    (82,   59,  8,   'REPORTS',   27,    NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://minusma.unmissions.org/en/closure-minusma-bases-ber-and-goundam-timbuktu-region'),
    (83,   59,  36,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://dunyanews.tv/en/World/747459-UN-force-leaves-base-in-northern-Mali-early-due-to-insecurity'),
    -- Event 60: Departing UN convoy attacked twice near Ber
    --   MINUSMA: 4 peacekeepers wounded and no deaths reported, so fatalities 0.
    (84,   60,  8,   'REPORTS',   27,    NULL,                                                NULL,  NULL,          NULL,          0,     NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://minusma.unmissions.org/en/closure-minusma-bases-ber-and-goundam-timbuktu-region'),
    --   AFP: 3 wounded. The chronology does not say which page carries the AFP count: it is filed on the Dunya News wire copy.
    (85,   60,  10,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          0,     NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://dunyanews.tv/en/World/747459-UN-force-leaves-base-in-northern-Mali-early-due-to-insecurity'),
    -- Event 61: Army takes over the Ber camp, CMA disputes it
    --   The army: camp taken on 13 Aug at about 08:30, 6 dead and 4 wounded, 24 bodies of "GAT" found.
    (86,   61,  2,   'REPORTS',   1,     NULL,                                                NULL,  NULL,          NULL,          30,    1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.africanews.com/2023/08/14/in-mali-the-army-recovers-a-un-base-coveted-by-the-former-tuareg-rebellion/'),
    --   The CMA's counter-claim that it repelled FAMa and Wagner.
    (87,   61,  6,   'DISPUTES',  12,    NULL,                                                86,    NULL,          NULL,          NULL,  12,    'EDITOR',  'en',  'The CMA says it repelled the army and Wagner',                                       'https://www.africanews.com/2023/08/14/in-mali-the-army-recovers-a-un-base-coveted-by-the-former-tuareg-rebellion/'),
    (88,   61,  42,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://maliactu.net/mali-larmee-prend-ses-quartiers-a-ber-malgre-les-intimidations/'),
    -- Event 62: CSP rebels assault the army camp at Bourem
    --   The only figures: at least 46 rebels and 10 soldiers, from a page that warns there is no reliable number.
    (89,   62,  54,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          56,    NULL,  'EDITOR',  'en',  'no reliable and independent number',                                                 'https://www.steningsimpson.com.au/events/coordination-of-azawad-movements-assaults-town/'),
    (90,   62,  37,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-09-18',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://weafrica24.com/2023/09/18/mali-fighters-from-the-permanent-strategic-framework-withdraw-from-lere/'),
    -- Event 63: CSP rebels take the army camp at Léré
    (91,   63,  37,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-09-18',  NULL,          NULL,  13,    'EDITOR',  'en',  'after two hours of fighting',                                                        'https://weafrica24.com/2023/09/18/mali-fighters-from-the-permanent-strategic-framework-withdraw-from-lere/'),
    --   The army's figures: 5 dead, 20 wounded, 11 missing, about 30 assailants killed.
    (92,   63,  2,   'REPORTS',   1,     NULL,                                                NULL,  NULL,          NULL,          35,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.pressafrik.com/Mali-apres-la-reprise-des-combats-dans-le-Nord-de-nombreux-partis-politiques-appellent-au-dialogue_a262236.html'),
    --   The CSP contests the army's figures.
    (93,   63,  5,   'DISPUTES',  13,    NULL,                                                92,    NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://weafrica24.com/2023/09/18/mali-fighters-from-the-permanent-strategic-framework-withdraw-from-lere/'),
    -- Event 64: CSP fighters withdraw from Léré
    (94,   64,  37,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-09-18',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://weafrica24.com/2023/09/18/mali-fighters-from-the-permanent-strategic-framework-withdraw-from-lere/'),
    (95,   64,  18,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.pressafrik.com/Mali-apres-la-reprise-des-combats-dans-le-Nord-de-nombreux-partis-politiques-appellent-au-dialogue_a262236.html'),
    -- Event 65: Army convoy sets out from Gao towards Kidal
    (96,   65,  41,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.maliweb.net/armee/offensive-militaire-au-nord-du-mali-larmee-malienne-a-anefis-apres-dix-ans-dabsence-3038910.html'),
    -- Event 66: Army takes Anéfis on the road to Kidal
    --   The army communiqué ("Saturday 7 October"). The excerpt is the English rendering given in the chronology.
    (97,   66,  2,   'REPORTS',   1,     NULL,                                                NULL,  NULL,          '2023-10-07',  NULL,  1,     'EDITOR',  'en',  'full control',                                                                       'https://7info.ci/mali-larmee-annonce-avoir-atteint-anefis-une-ville-qui-etait-aux-mains-de-la-rebellion'),
    --   An RFI-derived text that dates the capture to "Saturday, October 8".
    (98,   66,  18,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          '2023-10-08',  NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.pressafrik.com/L-armee-malienne-controle-la-localite-d-Anefis-apres-les-affrontements-face-au-CSP_a262884.html'),
    --   The CSP does not deny the army is in Anéfis, but says it left of its own accord.
    (99,   66,  5,   'DISPUTES',  13,    NULL,                                                97,    NULL,          NULL,          NULL,  NULL,  'EDITOR',  'en',  'The CSP says it withdrew to spare civilians',                                        'https://www.pressafrik.com/L-armee-malienne-controle-la-localite-d-Anefis-apres-les-affrontements-face-au-CSP_a262884.html'),
    -- Event 67: UN peacekeepers leave Aguelhok
    (100,  67,  15,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-11-01',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://allafrica.com/stories/202311010095.html'),
    -- Event 68: UN peacekeepers leave Tessalit
    (101,  68,  15,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-11-01',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://allafrica.com/stories/202311010095.html'),
    -- Event 69: MINUSMA leaves Kidal, CSP rebels take the camp
    (102,  69,  15,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-11-01',  NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://allafrica.com/stories/202311010095.html'),
    (103,  69,  38,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  13,    'EDITOR',  NULL,  NULL,                                                                                 'https://trt.global/afrika-english/article/15630918'),
    -- Event 70: Army and Wagner fight CSP rebels outside Kidal
    (104,  70,  16,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.ecofinagency.com/public-management/1611-45050-mali-fama-seizes-strategic-city-of-kidal-presidency'),
    (105,  70,  17,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://newsghana.com.gh/malian-army-claims-it-has-taken-northern-rebel-stronghold-of-kidal/'),
    -- Event 71: Army takes Kidal, first hold on the town since May 2014
    --   Goïta's message on national TV (ORTM), as reported by Ecofin Agency.
    (106,  71,  1,   'REPORTS',   2,     'Col. Assimi Goïta, transitional President',         NULL,  '2023-11-14',  NULL,          NULL,  1,     'EDITOR',  'en',  'Today, our security forces have taken Kidal',                                        'https://www.ecofinagency.com/public-management/1611-45050-mali-fama-seizes-strategic-city-of-kidal-presidency'),
    --   The CSP spokesman, as reported by News Ghana.
    (107,  71,  5,   'CONFIRMS',  13,    'Mohamed Maouloud Ramadan',                          106,   NULL,          NULL,          NULL,  1,     'EDITOR',  'en',  'The rebel spokesman, based in Mauritania, confirmed the army''s presence in Kidal',  'https://newsghana.com.gh/malian-army-claims-it-has-taken-northern-rebel-stronghold-of-kidal/'),
    -- Event 72: MINUSMA hands its Timbuktu camp to the army
    (108,  72,  13,  'REPORTS',   NULL,  NULL,                                                NULL,  '2023-12-29',  NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.africanews.com/2023/12/29/mali-minusma-hands-over-the-timbuktu-camp-to-the-fama/'),
    --   The handover images broadcast on ORTM, as reported by Africanews.
    (109,  72,  1,   'CONFIRMS',  2,     NULL,                                                NULL,  NULL,          NULL,          NULL,  1,     'EDITOR',  NULL,  NULL,                                                                                 'https://www.africanews.com/2023/12/29/mali-minusma-hands-over-the-timbuktu-camp-to-the-fama/'),
    -- Event 73: Goïta announces a direct inter-Malian dialogue
    (110,  73,  39,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  'en',  'direct inter-Malian dialogue',                                                       'https://euronewstop.co.uk/mali-bamako-announces-the-end-of-the-algiers-agreement-with-immediate-effect.html'),
    -- Event 74: MINUSMA's withdrawal deadline, the mission ends
    (111,  74,  39,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://euronewstop.co.uk/mali-bamako-announces-the-end-of-the-algiers-agreement-with-immediate-effect.html'),
    -- Event 75: Junta ends the Algiers peace accord
    --   The statement read on state television, as reported by DW.
    (112,  75,  1,   'REPORTS',   2,     'Col. Abdoulaye Maïga',                              NULL,  '2024-01-25',  NULL,          NULL,  NULL,  'EDITOR',  'en',  'with immediate effect',                                                              'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180'),
    (113,  75,  14,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180'),
    (114,  75,  44,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          NULL,  NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/wiki/Algiers_Accords_(2015)'),
    -- Event 76: CSP rebels ambush army and Wagner convoy at Tinzaouatène
    --   CSP: 84 Wagner and 47 FAMa killed.
    (115,  76,  5,   'REPORTS',   14,    NULL,                                                NULL,  NULL,          NULL,          131,   NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://news.online.ua/en/in-mali-tuareg-rebels-eliminated-dozens-of-mercenaries-of-the-wagner-pmc-882599/'),
    --   JNIM: 50 Russians and 10 Malians killed, and a part in the battle for itself.
    (116,  76,  7,   'REPORTS',   24,    NULL,                                                NULL,  NULL,          NULL,          60,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://wikimili.com/en/Battle_of_Tinzaouaten_(2024)'),
    --   Government of Mali: 2 soldiers killed and 10 wounded, about 20 rebels killed.
    (117,  76,  4,   'REPORTS',   2,     NULL,                                                NULL,  NULL,          NULL,          22,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/?oldid=1237278204&title=Battle+of+Tinzaouaten+%282024%29'),
    --   The New York Times: at least 46 Wagner and 24 FAMa killed (a floor, so 70 is a minimum).
    (118,  76,  21,  'REPORTS',   NULL,  NULL,                                                NULL,  NULL,          NULL,          70,    NULL,  'EDITOR',  NULL,  NULL,                                                                                 'https://en.wikipedia.org/?oldid=1237278204&title=Battle+of+Tinzaouaten+%282024%29'),
    --   The CSP denies JNIM's claim to have fought alongside it.
    (119,  76,  5,   'DENIES',    14,    NULL,                                                116,   NULL,          NULL,          NULL,  NULL,  'EDITOR',  'en',  'The CSP denies that JNIM took part in the battle',                                   'https://wikimili.com/en/Battle_of_Tinzaouaten_(2024)');

-- Per-party figures: "84 Wagner and 47 FAMa killed" is two rows of one claim.
INSERT INTO claim_fatality (id, claim_id, actor_id, label, killed, wounded, missing) VALUES
    (1,   7,    1,     NULL,                                                              60,  NULL, NULL),  -- claim 7, event 4
    (2,   8,    1,     NULL,                                                              97,  NULL, NULL),  -- claim 8, event 4
    (3,   9,    1,     NULL,                                                              40,  NULL, NULL),  -- claim 9, event 4
    (4,   10,   1,     NULL,                                                              82,  NULL, NULL),  -- claim 10, event 4
    (5,   51,   27,    'Burkinabè peacekeepers',                                          2,   9, NULL),     -- claim 51, event 34
    (6,   72,   1,     NULL,                                                              42,  NULL, NULL),  -- claim 72, event 52
    (7,   84,   27,    'peacekeepers',                                                    NULL,   4, NULL),     -- claim 84, event 60
    (8,   85,   27,    'peacekeepers',                                                    NULL,   3, NULL),     -- claim 85, event 60
    (9,   86,   1,     NULL,                                                              6,   4, NULL),     -- claim 86, event 61
    (10,  86,   NULL,  'GAT ("terrorist armed groups", the army''s term): bodies found',  24,  NULL, NULL),  -- claim 86, event 61
    (11,  89,   13,    'rebels (at least)',                                               46,  NULL, NULL),  -- claim 89, event 62
    (12,  89,   1,     NULL,                                                              10,  NULL, NULL),  -- claim 89, event 62
    (13,  92,   1,     NULL,                                                              5,   20, 11),    -- claim 92, event 63
    (14,  92,   13,    'assailants (about)',                                              30,  NULL, NULL),  -- claim 92, event 63
    (15,  115,  5,     NULL,                                                              84,  NULL, NULL),  -- claim 115, event 76
    (16,  115,  1,     NULL,                                                              47,  NULL, NULL),  -- claim 115, event 76
    (17,  116,  5,     'Russians',                                                        50,  NULL, NULL),  -- claim 116, event 76
    (18,  116,  1,     'Malians',                                                         10,  NULL, NULL),  -- claim 116, event 76
    (19,  117,  1,     NULL,                                                              2,   10, NULL),    -- claim 117, event 76
    (20,  117,  14,    'rebels (about)',                                                  20,  NULL, NULL),  -- claim 117, event 76
    (21,  118,  5,     'at least',                                                        46,  NULL, NULL),  -- claim 118, event 76
    (22,  118,  1,     'at least',                                                        24,  NULL, NULL);  -- claim 118, event 76
