import type { Catalog } from './en';

/** Deutsch. OpenAI’s own terms as its German interface uses them: API-Schlüssel, Organisation, Projekt. */
export const de: Catalog = {
  extensionName: 'Key Doctor',
  extensionDescription: 'Erkennt fehlerhafte OpenAI-API-Schlüssel schon beim Einfügen und sagt genau, was falsch ist und wie Sie es beheben.',

  check_mode_auto_label: 'Automatisch prüfen',
  check_mode_auto_detail: 'Wenn Sie einen vollständig wirkenden Schlüssel einfügen, fragt Key Doctor bei OpenAI nach, ob er funktioniert.',
  check_mode_auto_chosen: 'Key Doctor prüft eingefügte Schlüssel von selbst bei OpenAI.',
  check_mode_ask_label: 'Erst fragen',
  check_mode_ask_detail: 'Key Doctor bietet die Prüfung neben dem Feld an; gesendet wird erst, wenn Sie klicken.',
  check_mode_ask_chosen: 'Key Doctor bietet jede Prüfung an und sendet nichts, bevor Sie klicken.',
  check_mode_never_label: 'Nie',
  check_mode_never_detail: 'Nur das Format des Schlüssels wird angesehen, auf diesem Computer. An OpenAI geht nichts.',
  check_mode_never_chosen: 'Key Doctor sieht sich nur das Format des Schlüssels an und sendet nichts an OpenAI.',
  check_mode_not_chosen: 'Sie haben noch nicht gewählt: Bis dahin fragt Key Doctor vor jeder Prüfung.',

  welcome_title: 'Willkommen bei Key Doctor',
  welcome_intro: 'Wenn Sie einen OpenAI-API-Schlüssel in eine Website oder App einfügen, prüft Key Doctor ihn direkt dort: Text rund um den Schlüssel, eine abgeschnittene oder maskierte Kopie, den Schlüssel eines anderen Anbieters oder Einstellungen (Basis-URL, Organisation, Projekt, Modell), mit denen er nicht funktioniert. Sie erfahren, was falsch ist und wie Sie es beheben.',
  welcome_sends_heading: 'Was gesendet wird – und wohin',
  welcome_sends_key: 'Um zu erfahren, ob OpenAI einen Schlüssel annimmt, sendet Key Doctor ihn an OpenAI ({host} oder den regionalen Host, den die App nutzt) – im Authorization-Header der Anfrage, genau wie die App. Sonst nirgendwohin.',
  welcome_sends_status: 'Key Doctor liest die öffentliche Statusseite von OpenAI ({host}), um einen Ausfall von einem falschen Schlüssel zu unterscheiden. Das lässt sich abschalten.',
  welcome_keeps: 'Ihr Schlüssel wird nie gespeichert. Key Doctor behält nur seine Einstellungen, die Schlüsselhinweise, die Sie anlegen, und pro Website eine maskierte Kopie und einen Fingerabdruck.',
  welcome_question: 'Soll Key Doctor einen eingefügten Schlüssel bei OpenAI prüfen?',
  welcome_until_answered: 'Bis Sie antworten, fragt Key Doctor vor jeder Prüfung.',
  welcome_save: 'Auswahl speichern',
  welcome_choose_first: 'Wählen Sie zuerst eine der drei Antworten.',
  welcome_save_failed: 'Ihre Auswahl konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  welcome_saved: 'Gespeichert. {choice}',
  welcome_change_later: 'Sie können das jederzeit in den Einstellungen von Key Doctor ändern. Diesen Tab können Sie jetzt schließen.',
  welcome_open_settings: 'Einstellungen öffnen',

  host_access_title: 'Key Doctor hat keinen Zugriff auf Websites',
  host_access_body: 'Der Zugriff auf Websites wurde abgeschaltet, daher kann Key Doctor die Schlüsselfelder, in die Sie etwas einfügen, nicht ansehen. Er braucht diesen Zugriff nur, um diese Felder zu lesen; von den Seiten geht nur der eingefügte Schlüssel (mit Organisation und Projekt der App) irgendwohin: an OpenAI, zur Prüfung.',
  host_access_allow: 'Zugriff auf Websites erlauben',
  host_access_refused: 'Der Zugriff wurde nicht erteilt. Sie können ihn später hier oder in den Erweiterungseinstellungen des Browsers erlauben.',

  confirm_cancel: 'Abbrechen',
};
