-- The public network model: countries, the network and its settings, cities, summits,
-- delegations, presidency terms, the secretariat and working groups.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The application role every request runs as (SET LOCAL ROLE): it owns nothing, cannot bypass
-- row-level security and gets exactly the grants below.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'b40_app') THEN
    CREATE ROLE b40_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
END
$$;
GRANT b40_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO b40_app;

-- Turns on forced row-level security for a table that carries city_id, and lets the owner
-- (migrations, seeds, CLI) keep full access; requests never run as the owner.
CREATE FUNCTION b40_enable_rls(tbl regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY owner_all ON %s TO %I USING (true) WITH CHECK (true)', tbl, current_user);
END
$fn$;

-- ISO 3166-1 alpha-2, plus XK for Kosovo (contract C8).
CREATE TABLE country (
  code char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  name text NOT NULL
);
INSERT INTO country (code, name) VALUES
('AD', 'Andorra'),
('AE', 'United Arab Emirates'),
('AF', 'Afghanistan'),
('AG', 'Antigua and Barbuda'),
('AI', 'Anguilla'),
('AL', 'Albania'),
('AM', 'Armenia'),
('AO', 'Angola'),
('AQ', 'Antarctica'),
('AR', 'Argentina'),
('AS', 'American Samoa'),
('AT', 'Austria'),
('AU', 'Australia'),
('AW', 'Aruba'),
('AX', 'Åland Islands'),
('AZ', 'Azerbaijan'),
('BA', 'Bosnia and Herzegovina'),
('BB', 'Barbados'),
('BD', 'Bangladesh'),
('BE', 'Belgium'),
('BF', 'Burkina Faso'),
('BG', 'Bulgaria'),
('BH', 'Bahrain'),
('BI', 'Burundi'),
('BJ', 'Benin'),
('BL', 'St. Barthélemy'),
('BM', 'Bermuda'),
('BN', 'Brunei'),
('BO', 'Bolivia'),
('BQ', 'Caribbean Netherlands'),
('BR', 'Brazil'),
('BS', 'Bahamas'),
('BT', 'Bhutan'),
('BV', 'Bouvet Island'),
('BW', 'Botswana'),
('BY', 'Belarus'),
('BZ', 'Belize'),
('CA', 'Canada'),
('CC', 'Cocos (Keeling) Islands'),
('CD', 'Congo - Kinshasa'),
('CF', 'Central African Republic'),
('CG', 'Congo - Brazzaville'),
('CH', 'Switzerland'),
('CI', 'Côte d’Ivoire'),
('CK', 'Cook Islands'),
('CL', 'Chile'),
('CM', 'Cameroon'),
('CN', 'China'),
('CO', 'Colombia'),
('CR', 'Costa Rica'),
('CU', 'Cuba'),
('CV', 'Cape Verde'),
('CW', 'Curaçao'),
('CX', 'Christmas Island'),
('CY', 'Cyprus'),
('CZ', 'Czechia'),
('DE', 'Germany'),
('DJ', 'Djibouti'),
('DK', 'Denmark'),
('DM', 'Dominica'),
('DO', 'Dominican Republic'),
('DZ', 'Algeria'),
('EC', 'Ecuador'),
('EE', 'Estonia'),
('EG', 'Egypt'),
('EH', 'Western Sahara'),
('ER', 'Eritrea'),
('ES', 'Spain'),
('ET', 'Ethiopia'),
('FI', 'Finland'),
('FJ', 'Fiji'),
('FK', 'Falkland Islands'),
('FM', 'Micronesia'),
('FO', 'Faroe Islands'),
('FR', 'France'),
('GA', 'Gabon'),
('GB', 'United Kingdom'),
('GD', 'Grenada'),
('GE', 'Georgia'),
('GF', 'French Guiana'),
('GG', 'Guernsey'),
('GH', 'Ghana'),
('GI', 'Gibraltar'),
('GL', 'Greenland'),
('GM', 'Gambia'),
('GN', 'Guinea'),
('GP', 'Guadeloupe'),
('GQ', 'Equatorial Guinea'),
('GR', 'Greece'),
('GS', 'South Georgia and South Sandwich Islands'),
('GT', 'Guatemala'),
('GU', 'Guam'),
('GW', 'Guinea-Bissau'),
('GY', 'Guyana'),
('HK', 'Hong Kong SAR China'),
('HM', 'Heard and McDonald Islands'),
('HN', 'Honduras'),
('HR', 'Croatia'),
('HT', 'Haiti'),
('HU', 'Hungary'),
('ID', 'Indonesia'),
('IE', 'Ireland'),
('IL', 'Israel'),
('IM', 'Isle of Man'),
('IN', 'India'),
('IO', 'British Indian Ocean Territory'),
('IQ', 'Iraq'),
('IR', 'Iran'),
('IS', 'Iceland'),
('IT', 'Italy'),
('JE', 'Jersey'),
('JM', 'Jamaica'),
('JO', 'Jordan'),
('JP', 'Japan'),
('KE', 'Kenya'),
('KG', 'Kyrgyzstan'),
('KH', 'Cambodia'),
('KI', 'Kiribati'),
('KM', 'Comoros'),
('KN', 'St. Kitts and Nevis'),
('KP', 'North Korea'),
('KR', 'South Korea'),
('KW', 'Kuwait'),
('KY', 'Cayman Islands'),
('KZ', 'Kazakhstan'),
('LA', 'Laos'),
('LB', 'Lebanon'),
('LC', 'St. Lucia'),
('LI', 'Liechtenstein'),
('LK', 'Sri Lanka'),
('LR', 'Liberia'),
('LS', 'Lesotho'),
('LT', 'Lithuania'),
('LU', 'Luxembourg'),
('LV', 'Latvia'),
('LY', 'Libya'),
('MA', 'Morocco'),
('MC', 'Monaco'),
('MD', 'Moldova'),
('ME', 'Montenegro'),
('MF', 'St. Martin'),
('MG', 'Madagascar'),
('MH', 'Marshall Islands'),
('MK', 'North Macedonia'),
('ML', 'Mali'),
('MM', 'Myanmar (Burma)'),
('MN', 'Mongolia'),
('MO', 'Macau SAR China'),
('MP', 'Northern Mariana Islands'),
('MQ', 'Martinique'),
('MR', 'Mauritania'),
('MS', 'Montserrat'),
('MT', 'Malta'),
('MU', 'Mauritius'),
('MV', 'Maldives'),
('MW', 'Malawi'),
('MX', 'Mexico'),
('MY', 'Malaysia'),
('MZ', 'Mozambique'),
('NA', 'Namibia'),
('NC', 'New Caledonia'),
('NE', 'Niger'),
('NF', 'Norfolk Island'),
('NG', 'Nigeria'),
('NI', 'Nicaragua'),
('NL', 'Netherlands'),
('NO', 'Norway'),
('NP', 'Nepal'),
('NR', 'Nauru'),
('NU', 'Niue'),
('NZ', 'New Zealand'),
('OM', 'Oman'),
('PA', 'Panama'),
('PE', 'Peru'),
('PF', 'French Polynesia'),
('PG', 'Papua New Guinea'),
('PH', 'Philippines'),
('PK', 'Pakistan'),
('PL', 'Poland'),
('PM', 'St. Pierre and Miquelon'),
('PN', 'Pitcairn Islands'),
('PR', 'Puerto Rico'),
('PS', 'Palestinian Territories'),
('PT', 'Portugal'),
('PW', 'Palau'),
('PY', 'Paraguay'),
('QA', 'Qatar'),
('RE', 'Réunion'),
('RO', 'Romania'),
('RS', 'Serbia'),
('RU', 'Russia'),
('RW', 'Rwanda'),
('SA', 'Saudi Arabia'),
('SB', 'Solomon Islands'),
('SC', 'Seychelles'),
('SD', 'Sudan'),
('SE', 'Sweden'),
('SG', 'Singapore'),
('SH', 'St. Helena'),
('SI', 'Slovenia'),
('SJ', 'Svalbard and Jan Mayen'),
('SK', 'Slovakia'),
('SL', 'Sierra Leone'),
('SM', 'San Marino'),
('SN', 'Senegal'),
('SO', 'Somalia'),
('SR', 'Suriname'),
('SS', 'South Sudan'),
('ST', 'São Tomé and Príncipe'),
('SV', 'El Salvador'),
('SX', 'Sint Maarten'),
('SY', 'Syria'),
('SZ', 'Eswatini'),
('TC', 'Turks and Caicos Islands'),
('TD', 'Chad'),
('TF', 'French Southern Territories'),
('TG', 'Togo'),
('TH', 'Thailand'),
('TJ', 'Tajikistan'),
('TK', 'Tokelau'),
('TL', 'Timor-Leste'),
('TM', 'Turkmenistan'),
('TN', 'Tunisia'),
('TO', 'Tonga'),
('TR', 'Türkiye'),
('TT', 'Trinidad and Tobago'),
('TV', 'Tuvalu'),
('TW', 'Taiwan'),
('TZ', 'Tanzania'),
('UA', 'Ukraine'),
('UG', 'Uganda'),
('UM', 'U.S. Outlying Islands'),
('US', 'United States'),
('UY', 'Uruguay'),
('UZ', 'Uzbekistan'),
('VA', 'Vatican City'),
('VC', 'St. Vincent and Grenadines'),
('VE', 'Venezuela'),
('VG', 'British Virgin Islands'),
('VI', 'U.S. Virgin Islands'),
('VN', 'Vietnam'),
('VU', 'Vanuatu'),
('WF', 'Wallis and Futuna'),
('WS', 'Samoa'),
('XK', 'Kosovo'),
('YE', 'Yemen'),
('YT', 'Mayotte'),
('ZA', 'South Africa'),
('ZM', 'Zambia'),
('ZW', 'Zimbabwe')
;

CREATE TABLE network (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL CHECK (btrim(name) <> ''),
  motto text,
  founded_on date NOT NULL,
  secretariat_city_id bigint,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- R1.1: the Istanbul Declaration, after the Istanbul Summit of 29-30 November 2021.
INSERT INTO network (name, motto, founded_on)
VALUES ('B40 Balkan Cities Network', 'Better Future, Better Cooperation', '2021-11-30');

-- R6 decision: which countries count as Balkan is a setting of the network.
CREATE TABLE network_eligible_country (
  country_code char(2) PRIMARY KEY REFERENCES country (code)
);
INSERT INTO network_eligible_country (country_code)
VALUES ('AL'), ('BA'), ('BG'), ('HR'), ('GR'), ('XK'), ('MD'), ('ME'), ('MK'), ('RO'), ('RS'), ('SI'), ('TR');

CREATE TABLE city (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 64),
  name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
  local_name text CHECK (length(local_name) <= 200),
  country char(2) NOT NULL REFERENCES country (code),
  population integer CHECK (population >= 0),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
  member_since date,
  -- NULL for cities entered from public reports whose route into the network is not on record.
  join_route text CHECK (join_route IN ('FOUNDING', 'SUMMIT', 'APPLICATION')),
  mayor_name text CHECK (length(mayor_name) <= 200),
  website text CHECK (website ~ '^https?://' AND length(website) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX city_name_idx ON city (name, id);
CREATE INDEX city_country_idx ON city (country, name, id);

ALTER TABLE network ADD FOREIGN KEY (secretariat_city_id) REFERENCES city (id);

CREATE TABLE summit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL UNIQUE CHECK (year >= 2021),
  title text NOT NULL CHECK (btrim(title) <> ''),
  motto text,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  venue text,
  host_city_id bigint NOT NULL REFERENCES city (id),
  is_founding boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- R2.2: the summit is annual; its year is the year it opens.
  CHECK (extract(year FROM starts_on) = year),
  CHECK (ends_on >= starts_on AND ends_on - starts_on <= 14)
);
CREATE UNIQUE INDEX summit_one_founding_idx ON summit ((true)) WHERE is_founding;

-- A city's delegation at a summit (R1.2). Attendance at a summit is how a Balkan city joins
-- (R6.2) and attendance at the founding summit is what makes a founding member (R6.1).
CREATE TABLE delegation (
  city_id bigint NOT NULL REFERENCES city (id),
  id bigint GENERATED ALWAYS AS IDENTITY,
  summit_id bigint NOT NULL REFERENCES summit (id),
  head_name text,
  head_position text,
  members jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(members) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, id),
  UNIQUE (city_id, summit_id)
);
CREATE INDEX delegation_summit_idx ON delegation (summit_id);

-- R2.1, R2.4: one term a year, and no city holds two consecutive terms. The exclusion
-- constraint makes [year, year+2) ranges of one city disjoint, which is exactly "never in
-- consecutive years", and holds under concurrent writers.
CREATE TABLE presidency_term (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  city_id bigint NOT NULL REFERENCES city (id),
  year integer NOT NULL CHECK (year >= 2021),
  mayor_name text,
  elected_at_summit_id bigint REFERENCES summit (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT presidency_term_one_per_year UNIQUE (year),
  CONSTRAINT presidency_term_no_consecutive EXCLUDE USING gist (city_id WITH =, int4range(year, year + 2) WITH &&)
);
CREATE INDEX presidency_term_city_idx ON presidency_term (city_id, year);

-- R3.3: one network secretary and at least two experts.
CREATE TABLE secretariat_staff (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
  position text NOT NULL CHECK (position IN ('NETWORK_SECRETARY', 'EXPERT')),
  english_level text NOT NULL CHECK (english_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX secretariat_one_secretary_idx ON secretariat_staff (position) WHERE position = 'NETWORK_SECRETARY';

-- R4: working groups. name is translatable text (contract C7), stored as
-- {"locale": original, "translations": [{"locale", "text", "machine"}]}.
CREATE TABLE working_group (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 64),
  name jsonb NOT NULL CHECK (jsonb_typeof(name -> 'translations') = 'array' AND jsonb_typeof(name -> 'locale') = 'string'),
  description text,
  kind text NOT NULL CHECK (kind IN ('PERMANENT', 'TEMPORARY')),
  ends_on date,
  status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACTIVE', 'CLOSED')),
  -- NULL for the founding groups, established with the network's structure (R4.3).
  proposed_by text CHECK (proposed_by IN ('PRESIDENCY', 'SECRETARIAT')),
  approved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'TEMPORARY') = (ends_on IS NOT NULL)),
  CHECK (status <> 'ACTIVE' OR approved_at IS NOT NULL)
);

CREATE TABLE working_group_member (
  city_id bigint NOT NULL REFERENCES city (id),
  working_group_id bigint NOT NULL REFERENCES working_group (id),
  focal_point text CHECK (length(focal_point) <= 200),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, working_group_id)
);
CREATE INDEX working_group_member_group_idx ON working_group_member (working_group_id);

CREATE TABLE working_group_meeting (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  working_group_id bigint NOT NULL REFERENCES working_group (id),
  kind text NOT NULL CHECK (kind IN ('REGULAR', 'EXTRA', 'IN_PERSON')),
  starts_at timestamptz NOT NULL,
  online_url text CHECK (online_url ~ '^https?://' AND length(online_url) <= 2000),
  location text,
  agenda text,
  minutes text,
  requested_by_city_id bigint REFERENCES city (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX working_group_meeting_group_idx ON working_group_meeting (working_group_id, starts_at);

CREATE TABLE working_group_meeting_attendance (
  city_id bigint NOT NULL REFERENCES city (id),
  meeting_id bigint NOT NULL REFERENCES working_group_meeting (id),
  PRIMARY KEY (city_id, meeting_id)
);
CREATE INDEX working_group_meeting_attendance_meeting_idx ON working_group_meeting_attendance (meeting_id);

-- Public network data: readable by every request.
GRANT SELECT ON country, network, network_eligible_country, city, summit, delegation, presidency_term,
  secretariat_staff, working_group, working_group_member, working_group_meeting,
  working_group_meeting_attendance TO b40_app;

SELECT b40_enable_rls('delegation');
SELECT b40_enable_rls('presidency_term');
SELECT b40_enable_rls('working_group_member');
SELECT b40_enable_rls('working_group_meeting_attendance');
CREATE POLICY public_read ON delegation FOR SELECT TO b40_app USING (true);
CREATE POLICY public_read ON presidency_term FOR SELECT TO b40_app USING (true);
CREATE POLICY public_read ON working_group_member FOR SELECT TO b40_app USING (true);
CREATE POLICY public_read ON working_group_meeting_attendance FOR SELECT TO b40_app USING (true);
