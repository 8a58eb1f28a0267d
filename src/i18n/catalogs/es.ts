import type { Catalog } from './en';

/** Español (neutral, tuteo como la interfaz de OpenAI): clave de API, organización, proyecto. */
export const es: Catalog = {
  extensionName: 'Key Doctor',
  extensionDescription: 'Detecta una clave de API de OpenAI defectuosa al pegarla en un sitio y te dice qué falla y cómo arreglarlo.',

  check_mode_auto_label: 'Comprobar automáticamente',
  check_mode_auto_detail: 'Cuando pegas una clave que parece completa, Key Doctor pregunta a OpenAI si funciona.',
  check_mode_auto_chosen: 'Key Doctor comprobará por sí solo con OpenAI las claves que pegues.',
  check_mode_ask_label: 'Preguntarme antes',
  check_mode_ask_detail: 'Key Doctor ofrece la comprobación junto al campo; no se envía nada hasta que hagas clic.',
  check_mode_ask_chosen: 'Key Doctor ofrecerá cada comprobación y no enviará nada hasta que hagas clic.',
  check_mode_never_label: 'Nunca',
  check_mode_never_detail: 'Solo se examina el formato de la clave, en este equipo. No se envía nada a OpenAI.',
  check_mode_never_chosen: 'Key Doctor solo examinará el formato de la clave y no enviará nada a OpenAI.',
  check_mode_not_chosen: 'Aún no has elegido: hasta que lo hagas, Key Doctor pregunta antes de cada comprobación.',

  welcome_title: 'Te damos la bienvenida a Key Doctor',
  welcome_intro: 'Cuando pegas una clave de API de OpenAI en un sitio o una aplicación, Key Doctor la revisa ahí mismo: texto alrededor de la clave, una copia cortada o enmascarada, la clave de otro proveedor o ajustes (URL base, organización, proyecto, modelo) que no funcionarán con ella. Te dice qué falla y cómo arreglarlo.',
  welcome_sends_heading: 'Qué envía y adónde',
  welcome_sends_key: 'Para saber si OpenAI acepta una clave, Key Doctor se la envía a OpenAI ({host} o el host regional que use la aplicación) en la cabecera Authorization de la solicitud, igual que la aplicación. A ningún otro sitio.',
  welcome_sends_status: 'Lee la página de estado pública de OpenAI ({host}) para distinguir una caída del servicio de una clave incorrecta. Se puede desactivar.',
  welcome_keeps: 'Nunca guarda tu clave. Solo conserva sus ajustes, las pistas de claves que añadas y, por cada sitio, una copia enmascarada y una huella.',
  welcome_question: 'Cuando pegues una clave, ¿debe Key Doctor comprobarla con OpenAI?',
  welcome_until_answered: 'Hasta que respondas, Key Doctor pregunta antes de cada comprobación.',
  welcome_save: 'Guardar mi elección',
  welcome_choose_first: 'Elige primero una de las tres respuestas.',
  welcome_save_failed: 'No se pudo guardar tu elección. Inténtalo de nuevo.',
  welcome_saved: 'Guardado. {choice}',
  welcome_change_later: 'Puedes cambiarlo cuando quieras en los ajustes de Key Doctor. Ya puedes cerrar esta pestaña.',
  welcome_open_settings: 'Abrir los ajustes',

  host_access_title: 'Key Doctor no tiene acceso a los sitios web',
  host_access_body: 'Se desactivó su acceso a los sitios web, así que no puede examinar los campos de clave en los que pegas. Solo necesita ese acceso para leer esos campos; de las páginas solo sale la clave que pegas (con la organización y el proyecto de la aplicación), y solo hacia OpenAI, para comprobarla.',
  host_access_allow: 'Permitir el acceso a los sitios web',
  host_access_refused: 'No se concedió el acceso. Puedes permitirlo más tarde desde aquí o en los ajustes de extensiones del navegador.',

  confirm_cancel: 'Cancelar',
};
