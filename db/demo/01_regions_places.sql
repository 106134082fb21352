-- Faultline demo record, part 1: regions and places.
--
-- Regions: Mali (level 0) and its level-1 regions by ISO 3166-2 code. Boundaries stay NULL:
-- they are loaded later by the boundary import, which then re-derives each place's region.
-- Places: points from GeoNames (via ../shared/data/mali_key_places.csv, or geonames_ML.txt
-- for Konna, Labbezanga and the Adrar des Ifoghas), WGS84, built lon-first with ST_MakePoint.
-- region_id follows the CSV's region_iso_3166_2 column (so Taoudenni sits in ML-6 and
-- Anéfis in ML-8, as in the polygons). population only where GeoNames gives one above 0.
-- Names: `name` in English usage, `name_fr` in French spelling. Every other spelling seen in
-- the sources or GeoNames is a place_alias row (language NULL when it is just a transliteration).

-- The country first: the level-1 regions point at it.
INSERT INTO region (id, code, name, name_fr, level, parent_id) VALUES
    (1,  'ML',  'Mali',  'Mali',  0,  NULL);

INSERT INTO region (id, code, name, name_fr, level, parent_id) VALUES
    (2,   'ML-1',    'Kayes',      'Kayes',       1,  1),
    (3,   'ML-2',    'Koulikoro',  'Koulikoro',   1,  1),
    (4,   'ML-3',    'Sikasso',    'Sikasso',     1,  1),
    (5,   'ML-4',    'Ségou',      'Ségou',       1,  1),
    (6,   'ML-5',    'Mopti',      'Mopti',       1,  1),
    (7,   'ML-6',    'Timbuktu',   'Tombouctou',  1,  1),
    (8,   'ML-7',    'Gao',        'Gao',         1,  1),
    (9,   'ML-8',    'Kidal',      'Kidal',       1,  1),
    (10,  'ML-9',    'Ménaka',     'Ménaka',      1,  1),
    (11,  'ML-10',   'Taoudénit',  'Taoudénit',   1,  1),
    (12,  'ML-BKO',  'Bamako',     'Bamako',      1,  1);

-- kind: CITY = national or regional capital, TOWN, VILLAGE, AREA = a massif, not a settlement.
INSERT INTO place (id, name, name_fr, kind, location, location_precision, region_id, geonames_id, population) VALUES
    (1,   'Bamako',             'Bamako',             'CITY',     ST_SetSRID(ST_MakePoint(-8.0, 12.65), 4326),          'EXACT',   12,  2460596,   1297281),
    (2,   'Kati',               'Kati',               'TOWN',     ST_SetSRID(ST_MakePoint(-8.07257, 12.74409), 4326),   'EXACT',   3,   2455558,   42922),
    (3,   'Kayes',              'Kayes',              'CITY',     ST_SetSRID(ST_MakePoint(-11.44448, 14.44693), 4326),  'EXACT',   2,   2455518,   78406),
    (4,   'Koulikoro',          'Koulikoro',          'CITY',     ST_SetSRID(ST_MakePoint(-7.55985, 12.86273), 4326),   'EXACT',   3,   2454530,   23919),
    (5,   'Sikasso',            'Sikasso',            'CITY',     ST_SetSRID(ST_MakePoint(-5.66654, 11.31755), 4326),   'EXACT',   4,   2451185,   144786),
    (6,   'Ségou',              'Ségou',              'CITY',     ST_SetSRID(ST_MakePoint(-6.25947, 13.44032), 4326),   'EXACT',   5,   2451478,   153349),
    (7,   'Mopti',              'Mopti',              'CITY',     ST_SetSRID(ST_MakePoint(-4.18296, 14.4843), 4326),    'EXACT',   6,   2453348,   108456),
    (8,   'Sévaré',             'Sévaré',             'TOWN',     ST_SetSRID(ST_MakePoint(-4.09344, 14.52742), 4326),   'EXACT',   6,   2451285,   NULL),
    (9,   'Timbuktu',           'Tombouctou',         'CITY',     ST_SetSRID(ST_MakePoint(-3.00742, 16.77348), 4326),   'EXACT',   7,   2449067,   32460),
    (10,  'Gao',                'Gao',                'CITY',     ST_SetSRID(ST_MakePoint(-0.04472, 16.27167), 4326),   'EXACT',   8,   2457163,   87000),
    (11,  'Kidal',              'Kidal',              'CITY',     ST_SetSRID(ST_MakePoint(1.40778, 18.44111), 4326),    'EXACT',   9,   2455290,   11643),
    (12,  'Ménaka',             'Ménaka',             'CITY',     ST_SetSRID(ST_MakePoint(2.4022, 15.9182), 4326),      'EXACT',   10,  2453514,   9110),
    (13,  'Taoudenni',          'Taoudéni',           'CITY',     ST_SetSRID(ST_MakePoint(-3.97891, 22.67443), 4326),   'EXACT',   7,   2450173,   3019),
    (14,  'Tessalit',           'Tessalit',           'TOWN',     ST_SetSRID(ST_MakePoint(1.01186, 20.20126), 4326),    'EXACT',   9,   2449893,   NULL),
    (15,  'Aguelhok',           'Aguel''hoc',         'TOWN',     ST_SetSRID(ST_MakePoint(0.85889, 19.46139), 4326),    'EXACT',   9,   2461247,   NULL),
    (16,  'Anéfis',             'Anéfis',             'TOWN',     ST_SetSRID(ST_MakePoint(0.60111, 18.04), 4326),       'EXACT',   9,   2461022,   NULL),
    (17,  'Tin-Essako',         'Tin-Essako',         'TOWN',     ST_SetSRID(ST_MakePoint(2.48795, 18.45059), 4326),    'EXACT',   9,   8631807,   NULL),
    (18,  'Abeïbara',           'Abeïbara',           'TOWN',     ST_SetSRID(ST_MakePoint(1.75, 19.11667), 4326),       'EXACT',   9,   2596472,   NULL),
    (19,  'Tinzaouatène',       'Tinzaouatène',       'TOWN',     ST_SetSRID(ST_MakePoint(2.96732, 19.95427), 4326),    'EXACT',   9,   2476086,   NULL),
    (20,  'Bourem',             'Bourem',             'TOWN',     ST_SetSRID(ST_MakePoint(-0.34861, 16.955), 4326),     'EXACT',   8,   2459657,   NULL),
    (21,  'Ansongo',            'Ansongo',            'TOWN',     ST_SetSRID(ST_MakePoint(0.5022, 15.6597), 4326),      'EXACT',   8,   2461003,   3000),
    (22,  'Léré',               'Léré',               'TOWN',     ST_SetSRID(ST_MakePoint(-4.9118, 15.7118), 4326),     'EXACT',   7,   2454104,   NULL),
    (23,  'Goundam',            'Goundam',            'TOWN',     ST_SetSRID(ST_MakePoint(-3.67075, 16.41453), 4326),   'EXACT',   7,   2456917,   8456),
    (24,  'Niafunké',           'Niafunké',           'TOWN',     ST_SetSRID(ST_MakePoint(-3.9906, 15.9322), 4326),     'EXACT',   7,   2452830,   6901),
    (25,  'Diré',               'Diré',               'TOWN',     ST_SetSRID(ST_MakePoint(-3.40126, 16.25705), 4326),   'EXACT',   7,   2458623,   NULL),
    (26,  'Boni',               'Boni',               'TOWN',     ST_SetSRID(ST_MakePoint(-2.21976, 15.07658), 4326),   'EXACT',   6,   2459917,   NULL),
    (27,  'Douentza',           'Douentza',           'TOWN',     ST_SetSRID(ST_MakePoint(-2.94978, 15.00155), 4326),   'EXACT',   6,   2458334,   8054),
    (28,  'Hombori',            'Hombori',            'TOWN',     ST_SetSRID(ST_MakePoint(-1.70037, 15.27898), 4326),   'EXACT',   6,   2456630,   NULL),
    (29,  'Bandiagara',         'Bandiagara',         'TOWN',     ST_SetSRID(ST_MakePoint(-3.61038, 14.35005), 4326),   'EXACT',   6,   2460489,   6853),
    (30,  'Djenné',             'Djenné',             'TOWN',     ST_SetSRID(ST_MakePoint(-4.55332, 13.90608), 4326),   'EXACT',   6,   2458589,   22382),
    (31,  'Diafarabé',          'Diafarabé',          'TOWN',     ST_SetSRID(ST_MakePoint(-5.01781, 14.13814), 4326),   'EXACT',   6,   2459126,   NULL),
    (32,  'Niono',              'Niono',              'TOWN',     ST_SetSRID(ST_MakePoint(-5.98679, 14.25054), 4326),   'EXACT',   5,   2452655,   NULL),
    (33,  'Tessit',             'Tessit',             'TOWN',     ST_SetSRID(ST_MakePoint(-0.3, 15.21667), 4326),       'EXACT',   8,   10343856,  NULL),
    (34,  'Bamba',              'Bamba',              'TOWN',     ST_SetSRID(ST_MakePoint(-1.40381, 17.03358), 4326),   'EXACT',   8,   2460582,   NULL),
    (35,  'Andéramboukane',     'Andéramboukane',     'TOWN',     ST_SetSRID(ST_MakePoint(3.0175, 15.4275), 4326),      'EXACT',   10,  2461034,   NULL),
    (36,  'Inékar',             'Inékar',             'TOWN',     ST_SetSRID(ST_MakePoint(3.14111, 15.95944), 4326),    'EXACT',   10,  2596483,   8714),
    (37,  'Araouane',           'Araouane',           'TOWN',     ST_SetSRID(ST_MakePoint(-3.52649, 18.90476), 4326),   'EXACT',   7,   2460954,   4026),
    (38,  'Dioura',             'Dioura',             'TOWN',     ST_SetSRID(ST_MakePoint(-5.2547, 14.8252), 4326),     'EXACT',   6,   2458636,   NULL),
    (39,  'Farabougou',         'Farabougou',         'VILLAGE',  ST_SetSRID(ST_MakePoint(-6.1414, 14.8921), 4326),     'EXACT',   5,   2457671,   NULL),
    -- Not in mali_key_places.csv: Konna, Labbezanga and the Adrar des Ifoghas are taken from geonames_ML.txt.
    -- Konna = GeoNames 2454857 "Kona" (alternate name Konna), Mopti region.
    -- Ogossagou is not a GeoNames populated place: the point is that of Ogassagou-Dogon (GeoNames 2452382),
    -- the neighbouring quarter, so precision is NEAR and geonames_id stays NULL.
    (40,  'Konna',              'Konna',              'TOWN',     ST_SetSRID(ST_MakePoint(-3.89474, 14.94329), 4326),   'EXACT',   6,   2454857,   NULL),
    (41,  'Ogossagou',          'Ogossagou',          'VILLAGE',  ST_SetSRID(ST_MakePoint(-3.57102, 13.95625), 4326),   'NEAR',    6,   NULL,      NULL),
    (42,  'Labbezanga',         'Labézanga',          'VILLAGE',  ST_SetSRID(ST_MakePoint(0.69604, 14.95634), 4326),    'EXACT',   8,   2454210,   NULL),
    -- Ber is not in GeoNames: about 57 km east of Timbuktu and 8 km north of the Niger (approximate, NEAR).
    (43,  'Ber',                'Ber',                'TOWN',     ST_SetSRID(ST_MakePoint(-2.53, 16.83), 4326),         'NEAR',    7,   NULL,      NULL),
    -- Massif (GeoNames 2493623, feature MTS), used for the Feb 2013 Adrar des Ifoghas operation.
    (44,  'Adrar des Ifoghas',  'Adrar des Ifoghas',  'AREA',     ST_SetSRID(ST_MakePoint(2.0, 20.0), 4326),            'REGION',  9,   2493623,   NULL);

-- Spelling variants, so that imports (ACLED "location", GeoNames, press) resolve to the places above.
INSERT INTO place_alias (id, place_id, alias, language) VALUES
    (1,   6,   'Segou',              NULL),  -- Ségou
    (2,   8,   'Sevare',             NULL),  -- Sévaré
    (3,   9,   'Tombouctou',         'fr'),  -- Timbuktu
    (4,   9,   'Tumbuktu',           NULL),  -- Timbuktu
    (5,   9,   'Timbuctoo',          'en'),  -- Timbuktu
    (6,   12,  'Menaka',             NULL),  -- Ménaka
    (7,   13,  'Taoudeni',           NULL),  -- Taoudenni
    (8,   13,  'Taoudéni',           'fr'),  -- Taoudenni
    (9,   15,  'Aguelhoc',           'fr'),  -- Aguelhok
    (10,  15,  'Aguel''hoc',         'fr'),  -- Aguelhok
    (11,  15,  'Aguel-Hoc',          NULL),  -- Aguelhok
    (12,  16,  'Anefis',             NULL),  -- Anéfis
    (13,  16,  'Anefif',             NULL),  -- Anéfis
    (14,  16,  'Anefis i-n-Darane',  NULL),  -- Anéfis
    (15,  17,  'Ti-n-Essako',        NULL),  -- Tin-Essako
    (16,  17,  'Tinessako',          NULL),  -- Tin-Essako
    (17,  18,  'Abeibara',           NULL),  -- Abeïbara
    (18,  19,  'Tinzaouaten',        'en'),  -- Tinzaouatène
    (19,  19,  'Tin-Zaouatene',      NULL),  -- Tinzaouatène
    (20,  19,  'Ti-n-Zaouâtene',     NULL),  -- Tinzaouatène
    (21,  19,  'Tinzaouatene',       NULL),  -- Tinzaouatène
    (22,  19,  'Tin Zaouaten',       NULL),  -- Tinzaouatène
    (23,  22,  'Lere',               NULL),  -- Léré
    (24,  24,  'Niafunke',           NULL),  -- Niafunké
    (25,  24,  'Niafounké',          'fr'),  -- Niafunké
    (26,  25,  'Dire',               NULL),  -- Diré
    (27,  30,  'Djenne',             NULL),  -- Djenné
    (28,  30,  'Djénné',             NULL),  -- Djenné
    (29,  31,  'Diafarabe',          NULL),  -- Diafarabé
    (30,  35,  'Anderamboukane',     NULL),  -- Andéramboukane
    (31,  35,  'Andéranboukan',      NULL),  -- Andéramboukane
    (32,  35,  'Anderanboukan',      NULL),  -- Andéramboukane
    (33,  36,  'Inekar',             NULL),  -- Inékar
    (34,  37,  'Arawan',             'en'),  -- Araouane
    (35,  40,  'Kona',               NULL),  -- Konna
    (36,  42,  'Labezanga',          NULL),  -- Labbezanga
    (37,  42,  'Labbezenga',         NULL),  -- Labbezanga
    (38,  44,  'Adrar des Iforas',   'fr'),  -- Adrar des Ifoghas
    (39,  44,  'Adrar des Ifôghas',  NULL);  -- Adrar des Ifoghas
