// Spanish places as a native writer sets them (RAE/ASALE, Ortografía 2010, on capital letters: names
// of continents, countries, regions, cities and rivers take a capital; demonyms and
// languages do not). A city whose name is also an everyday word ("valencia", "granada",
// "león", "lima") is the city after a preposition of place ("en", "a", "desde", "hasta").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const es = inLanguage('es');

describe('Spanish places: cities, regions, countries', () => {
  checkCases([
    es(['vivo en valencia'], 'Vivo en Valencia'),
    es(['mañana vamos a granada'], 'Mañana vamos a Granada'),
    es(['el tren sale desde león'], 'El tren sale desde León'),
    es(['volamos hasta lima'], 'Volamos hasta Lima'),
    es(['nací en córdoba'], 'Nací en Córdoba'),
    es(['la universidad de valencia'], 'La universidad de Valencia'),
    es(['la playa de alicante'], 'La playa de Alicante'),
    es(['trabaja en cuenca'], 'Trabaja en Cuenca'),
    es(['vivimos en málaga'], 'Vivimos en Málaga'),
    es(['la huerta de murcia'], 'La huerta de Murcia'),
    es(['el aceite de jaén'], 'El aceite de Jaén'),
    es(['zaragoza está entre madrid y barcelona'], 'Zaragoza está entre Madrid y Barcelona'),
    es(['de santander a oviedo'], 'De Santander a Oviedo'),
    es(['veraneamos en mallorca'], 'Veraneamos en Mallorca'),
    es(['las islas canarias'], 'Las islas Canarias'),
    es(['galicia y asturias'], 'Galicia y Asturias'),
    es(['soy de andalucía'], 'Soy de Andalucía'),
    es(['viajamos a parís y a berlín'], 'Viajamos a París y a Berlín'),
    es(['de lisboa a roma'], 'De Lisboa a Roma'),
    es(['vivió en londres'], 'Vivió en Londres'),
    es(['volvió de japón'], 'Volvió de Japón'),
    es(['la costa de marruecos'], 'La costa de Marruecos'),
    es(['viajó por áfrica y asia'], 'Viajó por África y Asia'),
    es(['estudió en brasil'], 'Estudió en Brasil'),
    es(['mi prima vive en argentina'], 'Mi prima vive en Argentina'),
    es(['bogotá es la capital de colombia'], 'Bogotá es la capital de Colombia'),
    es(['vuelo a caracas'], 'Vuelo a Caracas'),
    es(['quito está en ecuador'], 'Quito está en Ecuador'),
    es(['la habana está en cuba'], 'La Habana está en Cuba'),
    es(['vivo en estados unidos'], 'Vivo en Estados Unidos'),
    es(['me mudo a nueva york'], 'Me mudo a Nueva York'),
    es(['buenos aires es enorme'], 'Buenos Aires es enorme'),
    es(['de costa rica a puerto rico'], 'De Costa Rica a Puerto Rico'),
    es(['el reino unido'], 'El Reino Unido'),
    es(['vuela a asunción'], 'Vuela a Asunción'),
    es(['la calle mayor'], 'La calle Mayor'),
    es(['quedamos en la plaza mayor'], 'Quedamos en la plaza Mayor'),
  ]);
});

describe('Spanish place names that are also everyday words', () => {
  checkCases([
    es(['un zumo de granada'], 'Un zumo de granada'),
    es(['el león dormía'], 'El león dormía'),
    es(['un diente de león'], 'Un diente de león'),
    es(['pásame la lima'], 'Pásame la lima'),
    es(['la valencia del carbono es cuatro'], 'La valencia del carbono es cuatro'),
    es(['la cuenca del ebro'], 'La cuenca del Ebro'),
    es(['el ecuador divide la tierra'], 'El ecuador divide la tierra'),
    es(['la selección argentina'], 'La selección argentina'),
    es(['una nueva casa'], 'Una nueva casa'),
    es(['hablo con el alcalde mayor'], 'Hablo con el alcalde mayor'),
    // Languages and demonyms are lowercase in Spanish.
    es(['mi vecina es francesa y habla alemán'], 'Mi vecina es francesa y habla alemán'),
    es(['los mexicanos y los peruanos'], 'Los mexicanos y los peruanos'),
    es(['estudio chino en madrid'], 'Estudio chino en Madrid'),
  ]);
});
