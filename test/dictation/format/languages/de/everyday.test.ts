// German a day of dictation as a native writer sets them: shopping lists, recipes, appointments and addresses as a German writer sets them; a house number in digits ("Goethestraße 12").
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: a day of dictation', () => {
  checkCases([
    de(['wir brauchen milch komma butter und käse punkt'], 'Wir brauchen Milch, Butter und Käse.'),
    de(['einkaufsliste doppelpunkt neue zeile brot neue zeile äpfel neue zeile tomaten'], 'Einkaufsliste:\nBrot\nÄpfel\nTomaten'),
    de(['ein kilo kartoffeln und zwei gurken'], 'Ein Kilo Kartoffeln und zwei Gurken'),
    de(['sechs eier und eine packung mehl'], 'Sechs Eier und eine Packung Mehl'),
    de(['zweihundert gramm zucker'], '200 Gramm Zucker'),
    de(['fünfhundert gramm hackfleisch'], '500 Gramm Hackfleisch'),
    de(['eine prise salz'], 'Eine Prise Salz'),
    de(['einen halben liter milch'], 'Einen halben Liter Milch'),
    de(['zwei esslöffel öl'], 'Zwei Esslöffel Öl'),
    de(['den ofen auf hundertachtzig grad vorheizen'], 'Den Ofen auf 180 Grad vorheizen'),
    de(['den teig fünfundzwanzig minuten backen'], 'Den Teig 25 Minuten backen'),
    de(['die zwiebeln klein schneiden'], 'Die Zwiebeln klein schneiden'),
    de(['das wasser zum kochen bringen'], 'Das Wasser zum Kochen bringen'),
    de(['mit pfeffer und salz abschmecken'], 'Mit Pfeffer und Salz abschmecken'),
    de(['der termin beim friseur ist am dienstag um vierzehn uhr'], 'Der Termin beim Friseur ist am Dienstag um 14 Uhr'),
    de(['können wir das meeting auf donnerstag verschieben fragezeichen'], 'Können wir das Meeting auf Donnerstag verschieben?'),
    de(['die besprechung dauert neunzig minuten'], 'Die Besprechung dauert 90 Minuten'),
    de(['treffpunkt ist der haupteingang'], 'Treffpunkt ist der Haupteingang'),
    de(['ich bin ab sechzehn uhr erreichbar'], 'Ich bin ab 16 Uhr erreichbar'),
    de(['bitte ruf mich zurück'], 'Bitte ruf mich zurück'),
    de(['die rechnung über dreihundertzwanzig euro ist bezahlt'], 'Die Rechnung über 320 Euro ist bezahlt'),
    // Duden: a day of the month said without its month is a nominalised ordinal.
    de(['die miete ist am ersten fällig'], 'Die Miete ist am Ersten fällig'),
    de(['er war der erste im ziel'], 'Er war der Erste im Ziel'),
    de(['ich fahre mit dem fahrrad zur arbeit'], 'Ich fahre mit dem Fahrrad zur Arbeit'),
    de(['der bus kommt alle zwanzig minuten'], 'Der Bus kommt alle 20 Minuten'),
    de(['das paket kommt morgen'], 'Das Paket kommt morgen'),
    de(['unsere adresse ist goethestraße zwölf'], 'Unsere Adresse ist Goethestraße 12'),
    de(['ich wohne in der hauptstraße fünf'], 'Ich wohne in der Hauptstraße 5'),
    de(['schreib mir an max punkt mustermann at zeichen beispiel punkt de'], 'Schreib mir an max.mustermann@beispiel.de'),
    de(['die webseite ist www punkt beispiel punkt de'], 'Die Webseite ist www.beispiel.de'),
  ]);
});
