// Word lists the seeded org draws its realistic names from.
export const COMPANY_FIRST = [
  'Acme', 'Blue Harbor', 'Northwind', 'Summit', 'Evergreen', 'Silverline', 'Redwood', 'Granite', 'Pioneer',
  'Atlas', 'Beacon', 'Cascade', 'Crescent', 'Horizon', 'Ironwood', 'Keystone', 'Lakeside', 'Meridian',
  'Nimbus', 'Orion', 'Pinnacle', 'Quantum', 'Riverstone', 'Sapphire', 'Sterling', 'Tidewater', 'Unity',
  'Vanguard', 'Westbrook', 'Zenith', 'Apex', 'Bright Path', 'Cobalt', 'Driftwood', 'Emerald', 'Falcon',
  'Golden Gate', 'Harbor Point', 'Juniper', 'Kingsley', 'Lighthouse', 'Maple', 'Northstar', 'Oakridge',
  'Polaris', 'Red Rock', 'Stonebridge', 'Trident', 'Urban', 'Vertex', 'Willow', 'Globex', 'Initech',
  'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Hooli',
];
export const COMPANY_CORE = [
  'Logistics', 'Health', 'Energy', 'Analytics', 'Foods', 'Financial', 'Robotics', 'Media', 'Systems',
  'Pharma', 'Motors', 'Software', 'Telecom', 'Hospitality', 'Builders', 'Retail', 'Insurance', 'Labs',
  'Aerospace', 'Textiles', 'Shipping', 'Networks', 'Capital', 'Consulting', 'Manufacturing', 'Solar',
  'Biotech', 'Education', 'Outdoor', 'Security',
];
export const COMPANY_SUFFIX = ['Inc.', 'Corp.', 'LLC', 'Ltd.', 'Group', 'Holdings', 'Partners', 'GmbH', 'S.A.', 'Co.'];

/** Names with characters SOSL reserves, so escaping is exercised by real data. */
export const SPECIAL_ACCOUNTS = [
  "O'Brien & Sons Ltd.", 'Smith-Jones Consulting', 'Müller Maschinenbau GmbH', 'Café Olé Restaurants',
  'AT&T Partner Solutions (EMEA)', 'Plus+ Retail Group', '100% Organic Farms', 'Question? Marketing LLC',
  'Curly {Brace} Studios', 'Star*Light Entertainment', 'Colon: Data Systems', 'Tilde ~ Design Co.',
];

export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Wei', 'Aiko', 'Lucas', 'Emma', 'Mateo', 'Chloe', 'Arjun', 'Priya', 'Kwame', 'Amara', 'Sven', 'Ingrid',
  'Diego', 'Camila', 'Yusuf', 'Leila', 'Hiroshi', 'Yuki', 'Olga', 'Ivan', 'Fatima', 'Omar', 'Zoe', 'Noah',
];
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Nguyen', 'Kim', 'Tanaka', 'Schmidt', 'Rossi', 'Dubois', 'Silva', 'Okafor', 'Mensah', 'Larsen',
  'Novak', 'Kowalski', 'Patel', 'Shah', 'Haddad', "O'Connor", 'Van der Berg', 'Ivanova', 'Cohen',
];
export const TITLES = [
  'CEO', 'CFO', 'CTO', 'VP of Sales', 'VP of Operations', 'Director of IT', 'Procurement Manager',
  'Head of Marketing', 'Operations Manager', 'IT Manager', 'Buyer', 'Office Manager', 'Product Manager',
];
export const CITIES: [city: string, state: string, country: string][] = [
  ['San Francisco', 'CA', 'United States'], ['New York', 'NY', 'United States'], ['Chicago', 'IL', 'United States'],
  ['Austin', 'TX', 'United States'], ['Seattle', 'WA', 'United States'], ['Boston', 'MA', 'United States'],
  ['Toronto', 'ON', 'Canada'], ['London', '', 'United Kingdom'], ['Manchester', '', 'United Kingdom'],
  ['Berlin', '', 'Germany'], ['Munich', '', 'Germany'], ['Paris', '', 'France'], ['Lyon', '', 'France'],
  ['Milan', '', 'Italy'], ['Madrid', '', 'Spain'], ['Amsterdam', '', 'Netherlands'], ['Stockholm', '', 'Sweden'],
  ['Zürich', '', 'Switzerland'], ['Dublin', '', 'Ireland'], ['São Paulo', 'SP', 'Brazil'], ['Tokyo', '', 'Japan'],
  ['Singapore', '', 'Singapore'], ['Sydney', 'NSW', 'Australia'], ['Mumbai', 'MH', 'India'],
];
export const STREETS = ['Market St', 'Main St', 'Harbor Blvd', 'Oak Ave', 'Kingsway', 'Rue de Rivoli', 'Hauptstraße', 'Via Roma'];

export const TASK_SUBJECTS = [
  'Call', 'Follow up with', 'Send proposal to', 'Schedule demo for', 'Email pricing to', 'Contract review with',
  'Quarterly business review with', 'Send case study to', 'Negotiate renewal with', 'Onboarding call with',
];
export const CAMPAIGN_TOPICS = [
  'Cloud Security', 'Data Analytics', 'Customer Experience', 'AI for Sales', 'Supply Chain', 'Sustainability',
  'Remote Work', 'Digital Payments', 'Field Service', 'Partner Growth', 'Healthcare Innovation', 'Retail Trends',
];
