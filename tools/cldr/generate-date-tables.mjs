// Writes cv-renderers' date tables (month names and date patterns) and country names from CLDR's
// JSON data, so that rendered dates and countries never depend on the running JDK's locale data.
//
//   cd tools/cldr
//   npm pack cldr-dates-full@48.2.0 cldr-localenames-full@48.2.0
//   mkdir -p dates names && tar xzf cldr-dates-full-48.2.0.tgz -C dates
//   tar xzf cldr-localenames-full-48.2.0.tgz -C names
//   node generate-date-tables.mjs dates/package names/package \
//       ../../cv-renderers/src/main/resources/io/github/cvdsl/render
//
// CLDR is © Unicode, Inc., under the Unicode License v3 (Unicode-3.0); see docs/languages.md.
import fs from 'node:fs';
import path from 'node:path';

const [cldr, names, resources] = process.argv.slice(2);
if (!cldr || !names || !resources) {
  console.error('usage: node generate-date-tables.mjs <cldr-dates-full package dir>'
    + ' <cldr-localenames-full package dir> <render resources dir>');
  process.exit(2);
}
const out = path.join(resources, 'dates');
const countriesOut = path.join(resources, 'countries');

// The languages cvdsl has words for, and the regional variants whose dates differ from them.
const LANGUAGES = ['ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu',
  'id', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'tr', 'uk', 'vi', 'zh'];
// English has no regional variant: its dates are this library's house style (DateStyle) in every region.
const VARIANTS = ['de-AT', 'de-CH', 'es-419', 'es-MX', 'fr-CA', 'fr-CH', 'it-CH',
  'nl-BE', 'pt-PT', 'sv-FI', 'zh-Hant', 'zh-Hant-HK'];

const version = JSON.parse(fs.readFileSync(path.join(cldr, 'package.json'), 'utf8')).version;

function read(tag) {
  const file = path.join(cldr, 'main', tag, 'ca-gregorian.json');
  const gregorian = JSON.parse(fs.readFileSync(file, 'utf8')).main[tag].dates.calendars.gregorian;
  const months = (context, width) =>
    Array.from({ length: 12 }, (_, i) => gregorian.months[context][width][String(i + 1)]);
  const formats = gregorian.dateTimeFormats.availableFormats;
  return {
    'month.format.wide': months('format', 'wide'),
    'month.format.abbreviated': months('format', 'abbreviated'),
    'month.standalone.wide': months('stand-alone', 'wide'),
    'month.standalone.abbreviated': months('stand-alone', 'abbreviated'),
    'pattern.year': checked(formats.y, tag),
    'pattern.monthAbbreviated': checked(formats.yMMM, tag),
    'pattern.dayAbbreviated': checked(formats.yMMMd, tag),
    'pattern.monthWide': checked(formats.yMMMM, tag),
    'pattern.dayWide': checked(gregorian.dateFormats.long, tag),
  };
}

// Only fields whose text this library supplies or that are digits: a year, a month, a day.
function checked(pattern, tag) {
  const unquoted = pattern.replace(/'[^']*'/g, '');
  const fields = unquoted.match(/[A-Za-z]/g) || [];
  for (const field of fields) {
    if (!'yMLd'.includes(field)) {
      throw new Error(`${tag}: pattern "${pattern}" has the field ${field}`);
    }
  }
  return pattern;
}

// Properties files are written as UTF-8 with every character but the key's escapes as is.
function escape(value) {
  let text = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const code = value.charCodeAt(i);
    if (c === '\\') text += '\\\\';
    else if (c === ' ' && (i === 0 || i === value.length - 1)) text += '\\u0020';
    else if (code < 0x20 || code === 0xa0 || code === 0x202f || (code >= 0x200e && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)
        || (code >= 0x2066 && code <= 0x2069) || code === 0x61c) {
      text += '\\u' + code.toString(16).padStart(4, '0');
    } else text += c;
  }
  return text;
}

function lines(table) {
  const result = [];
  for (const [key, value] of Object.entries(table)) {
    if (Array.isArray(value)) {
      value.forEach((name, i) => result.push(`${key}.${i + 1}=${escape(name)}`));
    } else {
      result.push(`${key}=${escape(value)}`);
    }
  }
  return result;
}

// Country names by ISO 3166-1 alpha-2 code, as @Location(countryCode) holds them.
function countries(tag) {
  const file = path.join(names, 'main', tag, 'territories.json');
  const territories = JSON.parse(fs.readFileSync(file, 'utf8')).main[tag].localeDisplayNames.territories;
  const byCode = {};
  for (const code of Object.keys(territories).sort()) {
    if (/^[A-Z]{2}$/.test(code)) byCode[`country.${code}`] = territories[code];
  }
  return byCode;
}

function parent(tag) {
  return tag.split('-').slice(0, -1).join('-');
}

function generate(folder, tableOf, header) {
fs.mkdirSync(folder, { recursive: true });
const written = [];
for (const tag of [...LANGUAGES, ...VARIANTS]) {
  const table = tableOf(tag);
  if (VARIANTS.includes(tag)) {
    // A variant keeps only what differs from the table it falls back to.
    let base = parent(tag);
    while (!LANGUAGES.includes(base) && !VARIANTS.includes(base)) base = parent(base);
    const fallback = tableOf(base);
    for (const key of Object.keys(table)) {
      if (JSON.stringify(table[key]) === JSON.stringify(fallback[key])) delete table[key];
    }
    if (Object.keys(table).length === 0) continue;
  }
  const text = [`# Generated by tools/cldr/generate-date-tables.mjs from CLDR ${version} (${tag}).`,
    '# Unicode License v3: see docs/languages.md. Do not edit; run the generator again.',
    ...lines(table), ''].join('\n');
  fs.writeFileSync(path.join(folder, `${tag}.properties`), text);
  written.push(tag);
}
fs.writeFileSync(path.join(folder, 'tables.list'),
  `# The ${header} tables, one tag a line. Generated with them.\n${written.join('\n')}\n`);
console.log(`${written.length} ${header} tables from CLDR ${version}: ${written.join(' ')}`);
}

generate(out, read, 'date');
generate(countriesOut, countries, 'country name');
