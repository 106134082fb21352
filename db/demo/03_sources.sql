-- Faultline demo record, part 3: sources.
--
-- One row per outlet or channel that a claim in 05_claims.sql cites.
-- Convention used in the claims:
--   * a party's statement (FAMa, the government, the CSP/CMA, JNIM, MINUSMA, the UN Security
--     Council) is filed under that party's own channel, whatever page it was read on; the claim's
--     url is the page that carried it. affiliated_actor_id marks those channels, so the app can flag
--     self-serving claims. ORTM, the state broadcaster, is affiliated to the Government of Mali.
--   * everything else is filed under the outlet that published the url.
-- home_url only where it is the host of a url in the chronology (no addresses are guessed), NULL
-- otherwise. language is the language the outlet published in, as far as the url shows it.

INSERT INTO source (id, name, kind, affiliated_actor_id, language, home_url) VALUES
    -- Parties to the conflict and their channels
    (1,   'ORTM',                                                  'STATE_MEDIA',          2,     'fr',  NULL),
    (2,   'FAMa communiqués on X',                                 'PARTY_TO_CONFLICT',    1,     'fr',  NULL),
    (3,   'Presidency of Mali',                                    'PARTY_TO_CONFLICT',    2,     'fr',  NULL),
    (4,   'Government of Mali communiqués',                        'PARTY_TO_CONFLICT',    2,     'fr',  NULL),
    (5,   'CSP spokesman',                                         'PARTY_TO_CONFLICT',    13,    'fr',  NULL),
    (6,   'CMA communiqués',                                       'PARTY_TO_CONFLICT',    12,    'fr',  NULL),
    (7,   'JNIM statement',                                        'PARTY_TO_CONFLICT',    24,    'ar',  NULL),
    (8,   'MINUSMA',                                               'UN_NGO',               27,    'en',  'https://minusma.unmissions.org'),
    (9,   'UN Security Council / UN press',                        'UN_NGO',               34,    'en',  'https://press.un.org'),
    -- Wire services and international media
    (10,  'AFP',                                                   'INTERNATIONAL_MEDIA',  NULL,  'fr',  NULL),
    (11,  'RFI',                                                   'INTERNATIONAL_MEDIA',  NULL,  'fr',  NULL),
    (12,  'France 24',                                             'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://www.france24.com'),
    (13,  'Africanews',                                            'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://www.africanews.com'),
    (14,  'DW',                                                    'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://www.dw.com'),
    (15,  'allAfrica',                                             'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://allafrica.com'),
    (16,  'Ecofin Agency',                                         'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://www.ecofinagency.com'),
    (17,  'News Ghana',                                            'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://newsghana.com.gh'),
    (18,  'PressAfrik',                                            'INTERNATIONAL_MEDIA',  NULL,  'fr',  'https://www.pressafrik.com'),
    (19,  '7info',                                                 'INTERNATIONAL_MEDIA',  NULL,  'fr',  'https://7info.ci'),
    (20,  'Dakaractu',                                             'INTERNATIONAL_MEDIA',  NULL,  'fr',  'https://www.dakaractu.com'),
    (21,  'The New York Times',                                    'INTERNATIONAL_MEDIA',  NULL,  'en',  NULL),
    (22,  'GlobalPost',                                            'INTERNATIONAL_MEDIA',  NULL,  'en',  'http://www.globalpost.com'),
    (23,  'Afran',                                                 'INTERNATIONAL_MEDIA',  NULL,  'ar',  'http://afran.ir'),
    (24,  'Al Wasat',                                              'INTERNATIONAL_MEDIA',  NULL,  'ar',  'http://alwasatnews.com'),
    (25,  'Afrika News',                                           'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://afrika-news.com'),
    (26,  'Benichab',                                              'INTERNATIONAL_MEDIA',  NULL,  'ar',  'http://benichab.net'),
    (27,  'Masress',                                               'INTERNATIONAL_MEDIA',  NULL,  'ar',  'https://www.masress.com'),
    (28,  'NewsRnd',                                               'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://newsrnd.com'),
    (29,  'Le Temps (Togo)',                                       'INTERNATIONAL_MEDIA',  NULL,  'fr',  'https://letempstg.com'),
    (30,  'Wars in the World',                                     'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://www.warsintheworld.com'),
    (31,  'Capital FM (Kenya)',                                    'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://www.capitalfm.co.ke'),
    (32,  'Pefafa',                                                'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://pefafa.com'),
    (33,  'Janes',                                                 'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://janescom-stg.sitefinity.cloud'),
    (34,  'Nigerian Tribune',                                      'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://tribuneonlineng.com'),
    (35,  'Press Review 24',                                       'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://pressreview24.com'),
    (36,  'Dunya News',                                            'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://dunyanews.tv'),
    (37,  'WeAfrica24',                                            'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://weafrica24.com'),
    (38,  'TRT Afrika',                                            'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://trt.global'),
    (39,  'Euronewstop',                                           'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://euronewstop.co.uk'),
    (40,  'Online.ua',                                             'INTERNATIONAL_MEDIA',  NULL,  'en',  'https://news.online.ua'),
    -- Malian outlets
    (41,  'maliweb',                                               'LOCAL_MEDIA',          NULL,  'fr',  'https://www.maliweb.net'),
    (42,  'maliactu',                                              'LOCAL_MEDIA',          NULL,  'fr',  'https://maliactu.net'),
    -- Reference works, encyclopaedia copies, maps and analyst pages
    (43,  'Political Geography Now',                               'REFERENCE',            NULL,  'en',  'https://www.polgeonow.com'),
    (44,  'Wikipedia',                                             'REFERENCE',            NULL,  'en',  'https://en.wikipedia.org'),
    (45,  'Critical Threats / ISW',                                'REFERENCE',            NULL,  'en',  'https://www.criticalthreats.org'),
    (46,  'Wikisum',                                               'REFERENCE',            NULL,  'en',  'https://wikisum.wiki'),
    (47,  'Infogalactic',                                          'REFERENCE',            NULL,  'en',  'https://www.infogalactic.com'),
    (48,  'Wikiup (German Wikipedia copy)',                        'REFERENCE',            NULL,  'de',  'https://de.wikiup.org'),
    (49,  'Mapnall',                                               'REFERENCE',            NULL,  'en',  'https://mapnall.org'),
    (50,  'TheInfoList',                                           'REFERENCE',            NULL,  'en',  'http://www.theinfolist.com'),
    (51,  'Wikipedia (IPFS copy)',                                 'REFERENCE',            NULL,  'en',  'https://nzt-eth.ipns.dweb.link'),
    (52,  'OPEMAM',                                                'REFERENCE',            NULL,  'en',  'http://opemam.org'),
    (53,  'tourisme-muzillac.com (copy of French MFA statement)',  'REFERENCE',            NULL,  'en',  'https://tourisme-muzillac.com'),
    (54,  'Stening Simpson (analyst page)',                        'REFERENCE',            NULL,  'en',  'https://www.steningsimpson.com.au'),
    (55,  'WikiMili',                                              'REFERENCE',            NULL,  'en',  'https://wikimili.com'),
    (56,  'A Note on the Periphery (blog)',                        'REFERENCE',            NULL,  'en',  'https://noteontheperiphery.wordpress.com');
