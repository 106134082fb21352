-- Faultline demo record, part 2: actors, their aliases and relations.
--
-- kind and acled_inter follow the schema's CHECKs and ACLED's inter codes (1 state forces,
-- 2 rebel groups, incl. jihadist groups as ACLED codes them, 3 political militias, 7 civilians,
-- 8 external/other forces). Colours group families: FAMa and the Malian state in greens, Wagner
-- black and the Russian state forces grey-blue, the Azawad movements (MNLA, HCUA, MAA, CMA, CSP,
-- FLA) in oranges and yellows, pro-government militias in teals, jihadist groups in reds and
-- purples, MINUSMA UN blue and the French operations dark blues.
-- active_from/active_to only where the chronology dates them. Month-precision dates are stored
-- as the 1st of the month and say so in the description.
-- actor_alias: the ACLED actor strings and French names, so that imports resolve. Aliases are
-- globally unique (actor_alias_alias_key).

INSERT INTO actor (id, name, short_name, kind, acled_inter, colour, active_from, active_to, description) VALUES
    -- Malian state
    (1,   'Malian Armed Forces',                                                                'FAMa',            'STATE_FORCE',               1,  '#1b5e20',  NULL,          NULL,          'Mali''s national army (Forces armées maliennes). Fought alongside Wagner Group contractors from December 2021.'),
    (2,   'Government of Mali',                                                                 'Gov. of Mali',    'POLITICAL_BODY',            1,  '#558b2f',  NULL,          NULL,          'The Malian state authorities in Bamako, military-led transitional authorities since the 2020 and 2021 coups.'),
    (3,   'National Committee for the Salvation of the People',                                 'CNSP',            'POLITICAL_BODY',            1,  '#33691e',  '2020-08-18',  NULL,          'Junta of officers, Col. Assimi Goïta among them, formed by the coup of 18 Aug 2020 that made President Ibrahim Boubacar Keïta resign.'),
    (4,   'National Committee for the Recovery of Democracy and the Restoration of the State',  'CNRDR',           'POLITICAL_BODY',            1,  '#827717',  '2012-03-22',  NULL,          'Junta of mutinous soldiers under Capt. Sanogo that ousted President Amadou Toumani Touré on 22 Mar 2012.'),
    -- Russian forces
    (5,   'Wagner Group',                                                                       'Wagner',          'PRIVATE_MILITARY_COMPANY',  8,  '#212121',  '2021-12-01',  '2025-06-06',  'Russian private military company deployed in Mali from December 2021 (month precision) and fighting alongside FAMa. It announced its departure on 6-7 Jun 2025, after the range of this record, and the Russian Africa Corps carried on.'),
    (6,   'Africa Corps',                                                                       'Africa Corps',    'FOREIGN_STATE_FORCE',       8,  '#455a64',  NULL,          NULL,          'Russian Ministry of Defence force that carried on Wagner''s role in Mali after Wagner announced its departure in June 2025 (after the range of this record).'),
    (7,   'Russian Federation',                                                                 'Russia',          'FOREIGN_STATE_FORCE',       8,  '#78909c',  NULL,          NULL,          'Named in the statement of 23 Dec 2021 by 15 European states and Canada as providing material support to the Wagner deployment in Mali.'),
    -- Azawad movements (rebels): oranges and yellows
    (8,   'National Movement for the Liberation of Azawad',                                     'MNLA',            'REBEL_GROUP',               2,  '#f57c00',  '2011-10-01',  NULL,          'Tuareg separatist movement founded in October 2011 (month precision). It opened the January 2012 rebellion and proclaimed an independent Azawad on 6 Apr 2012. Member of the CMA from 28 Oct 2014.'),
    (9,   'High Council for the Unity of Azawad',                                               'HCUA',            'REBEL_GROUP',               2,  '#bf360c',  NULL,          NULL,          'Azawad movement that signed the June 2013 Ouagadougou preliminary accord and fought the army in Kidal in May 2014. Member of the CMA from 28 Oct 2014.'),
    (10,  'Arab Movement of Azawad',                                                            'MAA',             'REBEL_GROUP',               2,  '#a67c00',  NULL,          NULL,          'Arab armed movement of the north. Fought the army in Kidal in May 2014 and became a member of the CMA on 28 Oct 2014. A splinter held Ber from spring 2013, and a dissident faction sided with the pro-government Platform.'),
    (11,  'Arab Movement of Azawad (Platform faction)',                                         'MAA-Platform',    'MILITIA',                   3,  '#4db6ac',  NULL,          NULL,          'Dissident MAA faction in the pro-government Platform, which accepted the Algiers agreement on 1 Mar 2015. Took Ménaka with GATIA on 27 Apr 2015.'),
    (12,  'Coordination of Azawad Movements',                                                   'CMA',             'REBEL_GROUP',               2,  '#ffa726',  '2014-10-28',  NULL,          'Coalition of the MNLA, HCUA and MAA founded on 28 Oct 2014. Signed the Algiers accord on 20 Jun 2015 and fought the army again in 2023 within the CSP.'),
    (13,  'Permanent Strategic Framework for Peace, Security and Development',                  'CSP-PSD',         'REBEL_GROUP',               2,  '#fbc02d',  NULL,          NULL,          'Coalition of northern armed movements, the CMA among them, that fought the army and Wagner at Bourem, Léré, Anéfis and Kidal in 2023.'),
    (14,  'Strategic Framework for the Defence of the People of Azawad',                        'CSP-DPA',         'REBEL_GROUP',               2,  '#f2a900',  NULL,          NULL,          'Name under which the CSP rebel coalition, fighting for an independent Azawad, ambushed the army and Wagner at Tinzaouatène in July 2024. The date of the change of name is not in the sources.'),
    (15,  'Azawad Liberation Front',                                                            'FLA',             'REBEL_GROUP',               2,  '#d9b300',  NULL,          NULL,          'Name of the Azawad rebel coalition from 2024 ("FLA (2024–)" in the Wikipedia infobox of the Northern Mali conflict). Start date not in the sources.'),
    -- Pro-government armed groups: teals
    (16,  'Platform of Armed Groups',                                                           'Platform',        'MILITIA',                   3,  '#00796b',  NULL,          NULL,          'Coalition of pro-government armed groups (MAA dissidents, CPA, CM-FPR, GATIA). Accepted the Algiers agreement on 1 Mar 2015 and signed it in Bamako on 15 May 2015.'),
    (17,  'Imghad Tuareg and Allies Self-Defense Group',                                        'GATIA',           'MILITIA',                   3,  '#26a69a',  NULL,          NULL,          'Pro-government Tuareg militia in the Platform. Took Ménaka (Apr 2015) and Anéfis (Aug 2015) from the CMA.'),
    -- Jihadist groups: reds and purples
    (18,  'Ansar Dine',                                                                         'Ansar Dine',      'JIHADIST_GROUP',            2,  '#b71c1c',  NULL,          '2017-03-01',  'Jihadist group that took the northern towns with the MNLA in 2012 and advanced on Konna in January 2013. Merged into JNIM in March 2017 (month precision).'),
    (19,  'Al Qaeda in the Islamic Maghreb',                                                    'AQIM',            'JIHADIST_GROUP',            2,  '#880e4f',  NULL,          NULL,          'Regional al-Qaeda branch. Blamed for the August 2014 car bomb at Ber. Its Sahara emirate became part of JNIM in March 2017.'),
    (20,  'AQIM Sahara Emirate',                                                                'AQIM Sahara',     'JIHADIST_GROUP',            2,  '#ad1457',  NULL,          '2017-03-01',  'AQIM''s Sahara command, one of the four groups that formed JNIM in March 2017 (month precision).'),
    (21,  'Movement for Unity and Jihad in West Africa',                                        'MUJAO',           'JIHADIST_GROUP',            2,  '#e53935',  NULL,          NULL,          'Jihadist group that drove the MNLA out of Gao on 26 Jun 2012 (Battle of Gao).'),
    (22,  'Macina Liberation Front',                                                            'Katiba Macina',   'JIHADIST_GROUP',            2,  '#6a1b9a',  NULL,          '2017-03-01',  'Jihadist group, one of the four groups that formed JNIM in March 2017 (month precision).'),
    (23,  'Al-Mourabitoun',                                                                     'al-Mourabitoun',  'JIHADIST_GROUP',            2,  '#8e24aa',  NULL,          '2017-03-01',  'Jihadist group from which ISGS split in May 2015. Merged into JNIM in March 2017 (month precision).'),
    (24,  'Jama''at Nusrat al-Islam wal-Muslimin',                                              'JNIM',            'JIHADIST_GROUP',            2,  '#d50000',  '2017-03-01',  NULL,          'Jihadist coalition formed in March 2017 (month precision) from AQIM''s Sahara emirate, Ansar Dine, the Macina Liberation Front and al-Mourabitoun.'),
    (25,  'Islamic State in the Greater Sahara',                                                'ISGS',            'JIHADIST_GROUP',            2,  '#4a148c',  '2015-05-01',  NULL,          'Split from al-Mourabitoun in May 2015 (month precision). Later known as the Islamic State Sahel Province (date not in the sources).'),
    (26,  'Islamic State Sahel Province',                                                       'ISSP',            'JIHADIST_GROUP',            2,  '#7b1fa2',  NULL,          NULL,          'Later name of ISGS. Fought JNIM for the Ménaka region from August 2022 to April 2023.'),
    -- International missions and foreign forces: blues
    (27,  'United Nations Multidimensional Integrated Stabilization Mission in Mali',           'MINUSMA',         'PEACEKEEPING_MISSION',      8,  '#4b92db',  '2013-07-01',  '2023-12-31',  'UN peacekeeping mission set up by Security Council resolution 2100 (25 Apr 2013), deployed 1 Jul 2013 in place of AFISMA. Its mandate was ended by resolution 2690 (30 Jun 2023), with withdrawal due by 31 Dec 2023.'),
    (28,  'African-led International Support Mission to Mali',                                  'AFISMA',          'PEACEKEEPING_MISSION',      8,  '#90caf9',  '2013-01-11',  '2013-07-01',  'ECOWAS-led African force authorised on 11 Jan 2013. MINUSMA took over from it on 1 Jul 2013.'),
    (29,  'Operation Serval',                                                                   'Serval',          'FOREIGN_STATE_FORCE',       8,  '#1a237e',  '2013-01-11',  '2014-08-01',  'French military intervention launched on 11 Jan 2013 against the jihadist advance. Replaced by Operation Barkhane on 1 Aug 2014.'),
    (30,  'Operation Barkhane',                                                                 'Barkhane',        'FOREIGN_STATE_FORCE',       8,  '#0d47a1',  '2014-08-01',  '2022-08-15',  'French Sahel operation that replaced Serval on 1 Aug 2014. President Macron ordered its withdrawal from Mali on 17 Feb 2022, and its last unit left Mali on 15 Aug 2022, handing the Gao base to FAMa and crossing into Niger. active_to is the departure from Mali.'),
    (31,  'Chadian Armed Forces',                                                               'Chad',            'FOREIGN_STATE_FORCE',       8,  '#8d6e63',  NULL,          NULL,          'Chadian troops: with France in the Adrar des Ifoghas in February 2013, and later the MINUSMA contingents at Aguelhok and Tessalit until October 2023.'),
    -- Others
    (32,  'Civilians (Mali)',                                                                   'Civilians',       'CIVILIANS',                 7,  '#9e9e9e',  NULL,          NULL,          'Unarmed people in Mali targeted by or caught up in violence.'),
    (33,  'Unidentified armed group (Mali)',                                                    'Unidentified',    'UNIDENTIFIED',              3,  '#616161',  NULL,          NULL,          'Attackers that the sources do not identify.'),
    (34,  'United Nations Security Council',                                                    'UNSC',            'POLITICAL_BODY',            8,  '#7986cb',  NULL,          NULL,          'Created MINUSMA by resolution 2100 (25 Apr 2013) and ended its mandate by resolution 2690 (30 Jun 2023).'),
    (35,  'Economic Community of West African States',                                          'ECOWAS',          'POLITICAL_BODY',            8,  '#0097a7',  NULL,          NULL,          'West African regional bloc that authorised the AFISMA/MISMA force on 11 Jan 2013.'),
    (36,  'Government of France',                                                               'France',          'POLITICAL_BODY',            8,  '#3949ab',  NULL,          NULL,          'French executive. President Emmanuel Macron ordered the withdrawal of Barkhane from Mali on 17 Feb 2022.');

INSERT INTO actor_alias (id, actor_id, alias, language) VALUES
    (1,    1,   'FAMa',                                                                                       NULL),  -- FAMa
    (2,    1,   'Forces armées maliennes',                                                                    'fr'),  -- FAMa
    (3,    1,   'Armée malienne',                                                                             'fr'),  -- FAMa
    (4,    1,   'Malian army',                                                                                'en'),  -- FAMa
    (5,    1,   'Military Forces of Mali (2002-2012)',                                                        'en'),  -- FAMa
    (6,    1,   'Military Forces of Mali (2013-2020)',                                                        'en'),  -- FAMa
    (7,    1,   'Military Forces of Mali (2021-)',                                                            'en'),  -- FAMa
    (8,    1,   'Military Forces of Mali (2013-)',                                                            'en'),  -- FAMa
    (9,    2,   'Gouvernement du Mali',                                                                       'fr'),  -- Gov. of Mali
    (10,   2,   'Malian government',                                                                          'en'),  -- Gov. of Mali
    (11,   2,   'Transitional government of Mali',                                                            'en'),  -- Gov. of Mali
    (12,   2,   'Gouvernement de transition du Mali',                                                         'fr'),  -- Gov. of Mali
    (13,   3,   'CNSP',                                                                                       NULL),  -- CNSP
    (14,   3,   'Comité national pour le salut du peuple',                                                    'fr'),  -- CNSP
    (15,   4,   'CNRDR',                                                                                      NULL),  -- CNRDR
    (16,   4,   'Comité national pour le redressement de la démocratie et la restauration de l''État',        'fr'),  -- CNRDR
    (17,   4,   'Mutiny of Military Forces of Mali (2002-2012)',                                              'en'),  -- CNRDR
    (18,   5,   'Wagner Group',                                                                               'en'),  -- Wagner
    (19,   5,   'Groupe Wagner',                                                                              'fr'),  -- Wagner
    (20,   5,   'Wagner',                                                                                     NULL),  -- Wagner
    (21,   5,   'PMC Wagner',                                                                                 'en'),  -- Wagner
    (22,   6,   'Africa Corps (Russia)',                                                                      'en'),  -- Africa Corps
    (23,   6,   'Corps africain',                                                                             'fr'),  -- Africa Corps
    (24,   7,   'Russia',                                                                                     'en'),  -- Russia
    (25,   7,   'Russie',                                                                                     'fr'),  -- Russia
    (26,   8,   'MNLA',                                                                                       NULL),  -- MNLA
    (27,   8,   'MNLA: National Movement for the Liberation of Azawad',                                       'en'),  -- MNLA
    (28,   8,   'Mouvement national de libération de l''Azawad',                                              'fr'),  -- MNLA
    (29,   9,   'HCUA',                                                                                       NULL),  -- HCUA
    (30,   9,   'HCUA: High Council for the Unity of Azawad',                                                 'en'),  -- HCUA
    (31,   9,   'Haut Conseil pour l''unité de l''Azawad',                                                    'fr'),  -- HCUA
    (32,   10,  'MAA',                                                                                        NULL),  -- MAA
    (33,   10,  'MAA: Arab Movement of Azawad',                                                               'en'),  -- MAA
    (34,   10,  'Mouvement arabe de l''Azawad',                                                               'fr'),  -- MAA
    (35,   11,  'MAA-Plateforme',                                                                             'fr'),  -- MAA-Platform
    (36,   11,  'MAA (Platform)',                                                                             'en'),  -- MAA-Platform
    (37,   11,  'MAA dissident faction',                                                                      'en'),  -- MAA-Platform
    (38,   12,  'CMA',                                                                                        NULL),  -- CMA
    (39,   12,  'CMA: Coordination of Azawad Movements',                                                      'en'),  -- CMA
    (40,   12,  'Coordination des mouvements de l''Azawad',                                                   'fr'),  -- CMA
    (41,   13,  'CSP-PSD',                                                                                    NULL),  -- CSP-PSD
    (42,   13,  'CSP',                                                                                        NULL),  -- CSP-PSD
    (43,   13,  'Cadre stratégique permanent pour la paix, la sécurité et le développement',                  'fr'),  -- CSP-PSD
    (44,   13,  'Permanent Strategic Framework',                                                              'en'),  -- CSP-PSD
    (45,   14,  'CSP-DPA',                                                                                    NULL),  -- CSP-DPA
    (46,   14,  'Cadre stratégique permanent pour la défense du peuple de l''Azawad',                         'fr'),  -- CSP-DPA
    (47,   15,  'FLA',                                                                                        NULL),  -- FLA
    (48,   15,  'Front de libération de l''Azawad',                                                           'fr'),  -- FLA
    (49,   16,  'Platform',                                                                                   'en'),  -- Platform
    (50,   16,  'Plateforme',                                                                                 'fr'),  -- Platform
    (51,   17,  'GATIA',                                                                                      NULL),  -- GATIA
    (52,   17,  'GATIA: Imghad Tuareg and Allies Self-Defense Group',                                         'en'),  -- GATIA
    (53,   17,  'Groupe d''autodéfense touareg Imghad et alliés',                                             'fr'),  -- GATIA
    (54,   18,  'Ansar Dine',                                                                                 'en'),  -- Ansar Dine
    (55,   18,  'Ansar al-Din',                                                                               'en'),  -- Ansar Dine
    (56,   18,  'Ansar Eddine',                                                                               'fr'),  -- Ansar Dine
    (57,   18,  'Ançar Dine',                                                                                 'fr'),  -- Ansar Dine
    (58,   19,  'AQIM',                                                                                       NULL),  -- AQIM
    (59,   19,  'AQIM: Al Qaeda in the Islamic Maghreb',                                                      'en'),  -- AQIM
    (60,   19,  'AQMI',                                                                                       'fr'),  -- AQIM
    (61,   19,  'Al-Qaïda au Maghreb islamique',                                                              'fr'),  -- AQIM
    (62,   20,  'Sahara Emirate of AQIM',                                                                     'en'),  -- AQIM Sahara
    (63,   20,  'Émirat du Sahara (AQMI)',                                                                    'fr'),  -- AQIM Sahara
    (64,   21,  'MUJAO',                                                                                      NULL),  -- MUJAO
    (65,   21,  'MUJAO: Movement for Unity and Jihad in West Africa',                                         'en'),  -- MUJAO
    (66,   21,  'MUJWA',                                                                                      'en'),  -- MUJAO
    (67,   21,  'Mouvement pour l''unicité et le jihad en Afrique de l''Ouest',                               'fr'),  -- MUJAO
    (68,   22,  'Katiba Macina',                                                                              'en'),  -- Katiba Macina
    (69,   22,  'FLM',                                                                                        'fr'),  -- Katiba Macina
    (70,   22,  'Front de libération du Macina',                                                              'fr'),  -- Katiba Macina
    (71,   23,  'Al Mourabitoune Battalion',                                                                  'en'),  -- al-Mourabitoun
    (72,   23,  'Al-Mourabitoune',                                                                            'fr'),  -- al-Mourabitoun
    (73,   23,  'al-Murabitun',                                                                               'en'),  -- al-Mourabitoun
    (74,   24,  'JNIM',                                                                                       NULL),  -- JNIM
    (75,   24,  'JNIM: Jamaah Nusrat al-Islam wal Muslimin',                                                  'en'),  -- JNIM
    (76,   24,  'JNIM: Group for Support of Islam and Muslims',                                               'en'),  -- JNIM
    (77,   24,  'GSIM',                                                                                       'fr'),  -- JNIM
    (78,   24,  'Groupe de soutien à l''islam et aux musulmans',                                              'fr'),  -- JNIM
    (79,   25,  'ISGS',                                                                                       NULL),  -- ISGS
    (80,   25,  'Islamic State (Greater Sahara)',                                                             'en'),  -- ISGS
    (81,   25,  'Islamic State (West Africa) - Greater Sahara Faction',                                       'en'),  -- ISGS
    (82,   25,  'EIGS',                                                                                       'fr'),  -- ISGS
    (83,   25,  'État islamique au Grand Sahara',                                                             'fr'),  -- ISGS
    (84,   26,  'ISSP',                                                                                       NULL),  -- ISSP
    (85,   26,  'IS Sahel',                                                                                   'en'),  -- ISSP
    (86,   26,  'État islamique au Sahel',                                                                    'fr'),  -- ISSP
    (87,   27,  'MINUSMA',                                                                                    NULL),  -- MINUSMA
    (88,   27,  'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)',  'en'),  -- MINUSMA
    (89,   27,  'Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali',       'fr'),  -- MINUSMA
    (90,   28,  'AFISMA',                                                                                     NULL),  -- AFISMA
    (91,   28,  'MISMA',                                                                                      'fr'),  -- AFISMA
    (92,   28,  'Mission internationale de soutien au Mali sous conduite africaine',                          'fr'),  -- AFISMA
    (93,   29,  'Serval',                                                                                     NULL),  -- Serval
    (94,   29,  'Opération Serval',                                                                           'fr'),  -- Serval
    (95,   30,  'Barkhane',                                                                                   NULL),  -- Barkhane
    (96,   30,  'Opération Barkhane',                                                                         'fr'),  -- Barkhane
    (97,   30,  'Force Barkhane',                                                                             'fr'),  -- Barkhane
    (98,   30,  'Military Forces of France (2017-)',                                                          'en'),  -- Barkhane
    (99,   31,  'Forces armées tchadiennes',                                                                  'fr'),  -- Chad
    (100,  31,  'Chadian forces',                                                                             'en'),  -- Chad
    (101,  32,  'Civilians (Mali)',                                                                           'en'),  -- Civilians
    (102,  32,  'Civils (Mali)',                                                                              'fr'),  -- Civilians
    (103,  33,  'Unidentified Armed Group (Mali)',                                                            'en'),  -- Unidentified
    (104,  33,  'Groupe armé non identifié (Mali)',                                                           'fr'),  -- Unidentified
    (105,  34,  'UNSC',                                                                                       NULL),  -- UNSC
    (106,  34,  'UN Security Council',                                                                        'en'),  -- UNSC
    (107,  34,  'Conseil de sécurité des Nations unies',                                                      'fr'),  -- UNSC
    (108,  35,  'ECOWAS',                                                                                     'en'),  -- ECOWAS
    (109,  35,  'CEDEAO',                                                                                     'fr'),  -- ECOWAS
    (110,  36,  'French government',                                                                          'en'),  -- France
    (111,  36,  'Gouvernement français',                                                                      'fr');  -- France

-- actor_id is the subject and related_id the object: "MNLA MEMBER_OF CMA".
-- Where the sources give no founding date, valid_from is the first date the chronology attests the
-- relation (the note says so) or is left empty.
INSERT INTO actor_relation (id, actor_id, kind, related_id, valid_from, valid_to, note) VALUES
    -- MNLA MEMBER_OF CMA
    (1,   8,   'MEMBER_OF',      12,  '2014-10-28',  NULL,          'Founding member of the CMA (28 Oct 2014).'),
    -- HCUA MEMBER_OF CMA
    (2,   9,   'MEMBER_OF',      12,  '2014-10-28',  NULL,          'Founding member of the CMA (28 Oct 2014).'),
    -- MAA MEMBER_OF CMA
    (3,   10,  'MEMBER_OF',      12,  '2014-10-28',  NULL,          'Founding member of the CMA (28 Oct 2014).'),
    -- CMA MEMBER_OF CSP-PSD
    (4,   12,  'MEMBER_OF',      13,  '2023-09-12',  NULL,          'MEMBER_OF rather than RENAMED_TO: the sources name both side by side ("CMA/CSP" at Bourem, 12 Sep 2023), and the CMA still fought under its own name at Ber in Aug 2023. valid_from is the first date the chronology links them, not a founding date, which the sources do not give.'),
    -- CSP-PSD RENAMED_TO CSP-DPA
    (5,   13,  'RENAMED_TO',     14,  '2024-07-25',  NULL,          'The coalition appears as CSP-PSD in 2023 and as CSP-DPA at Tinzaouatène (25-27 Jul 2024). The date of the change is not in the sources: valid_from is the first date the new name is attested.'),
    -- CSP-DPA RENAMED_TO FLA
    (6,   14,  'RENAMED_TO',     15,  NULL,          NULL,          'The Wikipedia infobox lists "FLA (2024–)". No day or month is given, so valid_from is left empty.'),
    -- Wagner SUCCEEDED_BY Africa Corps
    (7,   5,   'SUCCEEDED_BY',   6,   '2025-06-06',  NULL,          'Wagner announced its departure from Mali on 6-7 Jun 2025, and the Russian Ministry of Defence Africa Corps carried on. After the range of this record.'),
    -- Wagner CONTRACTED_BY Gov. of Mali
    (8,   5,   'CONTRACTED_BY',  2,   '2021-12-01',  '2025-06-06',  'Deployed in Mali from December 2021 (month precision, the European and Canadian statement is of 23 Dec 2021) until its departure announced on 6-7 Jun 2025.'),
    -- AQIM MERGED_INTO JNIM
    (9,   19,  'MERGED_INTO',    24,  '2017-03-01',  NULL,          'March 2017, month precision (stored as the 1st). Coarser than the source: the chronology names AQIM''s Sahara emirate, not AQIM as a whole, among JNIM''s founders (see the next row).'),
    -- AQIM Sahara MERGED_INTO JNIM
    (10,  20,  'MERGED_INTO',    24,  '2017-03-01',  NULL,          'March 2017, month precision (stored as the 1st).'),
    -- Ansar Dine MERGED_INTO JNIM
    (11,  18,  'MERGED_INTO',    24,  '2017-03-01',  NULL,          'March 2017, month precision (stored as the 1st).'),
    -- Katiba Macina MERGED_INTO JNIM
    (12,  22,  'MERGED_INTO',    24,  '2017-03-01',  NULL,          'March 2017, month precision (stored as the 1st).'),
    -- al-Mourabitoun MERGED_INTO JNIM
    (13,  23,  'MERGED_INTO',    24,  '2017-03-01',  NULL,          'March 2017, month precision (stored as the 1st).'),
    -- AQIM Sahara MEMBER_OF AQIM
    (14,  20,  'MEMBER_OF',      19,  NULL,          '2017-03-01',  'AQIM''s Sahara command until it became part of JNIM in March 2017.'),
    -- ISGS SPLIT_FROM al-Mourabitoun
    (15,  25,  'SPLIT_FROM',     23,  '2015-05-01',  NULL,          'May 2015, month precision (stored as the 1st).'),
    -- ISGS RENAMED_TO ISSP
    (16,  25,  'RENAMED_TO',     26,  NULL,          NULL,          'The sources say ISGS became the Islamic State Sahel Province, but give no date, so valid_from is left empty. ISSP is the name in use in the Ménaka fighting of 2022-23.'),
    -- Serval SUCCEEDED_BY Barkhane
    (17,  29,  'SUCCEEDED_BY',   30,  '2014-08-01',  NULL,          'Barkhane replaced Serval on 1 Aug 2014.'),
    -- AFISMA SUCCEEDED_BY MINUSMA
    (18,  28,  'SUCCEEDED_BY',   27,  '2013-07-01',  NULL,          'MINUSMA took over from AFISMA/MISMA on 1 Jul 2013.'),
    -- MAA-Platform MEMBER_OF Platform
    (19,  11,  'MEMBER_OF',      16,  '2015-03-01',  NULL,          'The "MAA-dissident" faction is named as part of the Platform when the Platform accepted the Algiers agreement (1 Mar 2015): first attestation, not a founding date.'),
    -- MAA-Platform SPLIT_FROM MAA
    (20,  11,  'SPLIT_FROM',     10,  NULL,          NULL,          'Dissident faction of the MAA. The sources do not date the split.'),
    -- GATIA MEMBER_OF Platform
    (21,  17,  'MEMBER_OF',      16,  '2015-04-27',  NULL,          'GATIA fought as part of the Platform at Ménaka (27 Apr 2015) and Anéfis (Aug 2015). valid_from is that first attestation, not a joining date, which the sources do not give.');
-- Not recorded: MNLA ALLIED_WITH Ansar Dine. The chronology lists both among the groups that took
-- Kidal, Gao and Timbuktu in 2012 but does not describe an alliance, so none is asserted.
