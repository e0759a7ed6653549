// French names and places as a native writer sets them (Lexique des règles typographiques
// en usage à l'Imprimerie nationale, "Majuscules"): people, towns, regions, countries,
// rivers and seas take a capital; the generic word before a name does not ("la tour
// Eiffel", "la gare de Lyon", "le musée d'Orsay"); languages and adjectives of nationality
// stay lowercase ("il parle allemand", "la cuisine italienne").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const fr = inLanguage('fr');

describe('French names and places: people', () => {
  checkCases([
    fr(['je déjeune avec nicolas et camille'], 'Je déjeune avec Nicolas et Camille'),
    fr(['françois a appelé michel hier soir'], 'François a appelé Michel hier soir'),
    fr(['sophie et julie arrivent de lille'], 'Sophie et Julie arrivent de Lille'),
    fr(['hélène a écrit à isabelle'], 'Hélène a écrit à Isabelle'),
    fr(['nathalie et sébastien sont en congé'], 'Nathalie et Sébastien sont en congé'),
    fr(['envoie le dossier à laurent lefebvre'], 'Envoie le dossier à Laurent Lefebvre'),
    fr(['dupont et durand sont en réunion'], 'Dupont et Durand sont en réunion'),
    fr(['la réunion avec jean et louis'], 'La réunion avec Jean et Louis'),
    fr(['on dîne chez guillaume'], 'On dîne chez Guillaume'),
    fr(['bonjour martin'], 'Bonjour Martin'),
    fr(['cher paul'], 'Cher Paul'),
    fr(['le week-end à nice avec antoine'], 'Le week-end à Nice avec Antoine'),
    fr(['thomas habite près de metz'], 'Thomas habite près de Metz'),
    fr(['il parle allemand avec hubert'], 'Il parle allemand avec Hubert'),
    fr(['un roman de victor hugo'], 'Un roman de Victor Hugo'),
    fr(['les impressionnistes comme monet et renoir'], 'Les impressionnistes comme Monet et Renoir'),
    fr(['il travaille chez renault'], 'Il travaille chez Renault'),
  ]);
});

describe('French names and places: towns, regions, countries, rivers', () => {
  checkCases([
    fr(['nous allons à toulouse puis à montpellier'], 'Nous allons à Toulouse puis à Montpellier'),
    fr(['elle est née à strasbourg en alsace'], 'Elle est née à Strasbourg en Alsace'),
    fr(['les vacances en bretagne et en normandie'], 'Les vacances en Bretagne et en Normandie'),
    fr(['le vol pour londres part de nantes'], 'Le vol pour Londres part de Nantes'),
    fr(['ma sœur vit à bruxelles et mon frère à genève'], 'Ma sœur vit à Bruxelles et mon frère à Genève'),
    fr(['il a déménagé à montréal au québec'], 'Il a déménagé à Montréal au Québec'),
    fr(['nous visitons l\'allemagne et le portugal'], 'Nous visitons l\'Allemagne et le Portugal'),
    fr(['la loire traverse orléans'], 'La Loire traverse Orléans'),
    fr(['le rhône se jette dans la méditerranée'], 'Le Rhône se jette dans la Méditerranée'),
    fr(['l\'europe et l\'afrique'], 'L\'Europe et l\'Afrique'),
    fr(['les pyrénées et les alpes'], 'Les Pyrénées et les Alpes'),
    fr(['la corse en été'], 'La Corse en été'),
    fr(['le canada et la belgique'], 'Le Canada et la Belgique'),
    fr(['en chine et au japon'], 'En Chine et au Japon'),
    fr(['les bords de la seine'], 'Les bords de la Seine'),
    fr(['mes amis de marseille vivent à bordeaux'], 'Mes amis de Marseille vivent à Bordeaux'),
    fr(['la provence en juillet'], 'La Provence en juillet'),
  ]);
});

describe('French names and places: the generic word stays lowercase', () => {
  checkCases([
    fr(['la tour eiffel'], 'La tour Eiffel'),
    fr(['le musée d\'orsay'], 'Le musée d\'Orsay'),
    fr(['le festival d\'avignon'], 'Le festival d\'Avignon'),
    fr(['on se retrouve à la gare de lyon'], 'On se retrouve à la gare de Lyon'),
    fr(['la cuisine italienne et le vin espagnol'], 'La cuisine italienne et le vin espagnol'),
  ]);
});
