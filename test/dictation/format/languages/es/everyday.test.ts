// A Spanish dictation user's day, the rule families together as a writer sets the text:
// a letter, a meeting, an address, the shopping, a recipe, an appointment.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const es = inLanguage('es');

describe('Spanish everyday dictation: letters and messages', () => {
  checkCases([
    es(['estimado señor lópez dos puntos', 'nuevo párrafo', 'le escribo desde valencia punto'], 'Estimado señor López:\n\nLe escribo desde Valencia.'),
    es(['querida carmen coma', 'nueva línea', 'te echo de menos punto'], 'Querida Carmen,\nTe echo de menos.'),
    es(['un abrazo coma', 'nueva línea', 'javier'], 'Un abrazo,\nJavier'),
    es(['gracias por todo cerrar exclamación'], '¡Gracias por todo!'),
    es(['madrid coma doce de marzo de dos mil veintiséis'], 'Madrid, 12 de marzo de 2026'),
    es(['adjunto la factura del tres de abril punto'], 'Adjunto la factura del 3 de abril.'),
    es(['mi correo es pablo arroba ejemplo punto com'], 'Mi correo es pablo@ejemplo.com'),
  ]);
});

describe('Spanish everyday dictation: meetings and appointments', () => {
  checkCases([
    es(['la reunión es el martes a las diez y media punto'], 'La reunión es el martes a las diez y media.'),
    es(['cita con el dentista el jueves a las cinco'], 'Cita con el dentista el jueves a las cinco'),
    es(['quedamos el quince de junio en granada'], 'Quedamos el 15 de junio en Granada'),
    es(['el vuelo a lima sale a las siete de la mañana'], 'El vuelo a Lima sale a las siete de la mañana'),
    es(['asisten doce personas de la oficina de bilbao'], 'Asisten 12 personas de la oficina de Bilbao'),
    es(['la sala tres está ocupada'], 'La sala 3 está ocupada'),
    es(['hablamos con marta el lunes coma abrir interrogación vale cerrar interrogación'], 'Hablamos con Marta el lunes, ¿vale?'),
    es(['el informe tiene treinta y dos páginas'], 'El informe tiene 32 páginas'),
  ]);
});

describe('Spanish everyday dictation: addresses', () => {
  checkCases([
    es(['mi dirección es calle mayor número doce'], 'Mi dirección es calle Mayor número 12'),
    es(['vivo en el portal cuatro coma tercer piso'], 'Vivo en el portal 4, tercer piso'),
    es(['la oficina está en barcelona coma en la planta dos'], 'La oficina está en Barcelona, en la planta 2'),
    es(['nos vemos en la plaza mayor de salamanca'], 'Nos vemos en la plaza Mayor de Salamanca'),
  ]);
});

describe('Spanish everyday dictation: shopping and recipes', () => {
  checkCases([
    es(['compra dos barras de pan y un kilo de naranjas de valencia'], 'Compra dos barras de pan y un kilo de naranjas de Valencia'),
    es(['añade doscientos gramos de azúcar y tres huevos'], 'Añade 200 gramos de azúcar y tres huevos'),
    es(['precalienta el horno a ciento ochenta grados'], 'Precalienta el horno a 180 grados'),
    es(['hornea durante veinte minutos'], 'Hornea durante 20 minutos'),
    es(['medio kilo de harina'], 'Medio kilo de harina'),
    es(['un cuarto de litro de leche'], 'Un cuarto de litro de leche'),
    es(['zumo de lima y azúcar'], 'Zumo de lima y azúcar'),
    es(['el aceite cuesta siete euros con noventa'], `El aceite cuesta 7,90${NBSP}€`),
    es(['la compra salió por cuarenta y tres euros con veinte'], `La compra salió por 43,20${NBSP}€`),
    es(['tenemos un veinte por ciento de descuento'], `Tenemos un 20${NBSP}% de descuento`),
    es(['doce huevos y seis yogures'], '12 huevos y seis yogures'),
  ]);
});
