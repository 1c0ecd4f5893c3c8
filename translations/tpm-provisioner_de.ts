<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <source>Not needed: the TPM is already on.</source>
        <translation>Nicht nötig: Das TPM ist bereits eingeschaltet.</translation>
    </message>
    <message>
        <source>Presence is already confirmed for this start.</source>
        <translation>Die Anwesenheit ist für diesen Start bereits bestätigt.</translation>
    </message>
    <message>
        <source>This chip does not let software confirm presence, ever, so it can only be turned on in the firmware setup. In the firmware setup (on ThinkPads: Security &gt; Security Chip; elsewhere usually Security &gt; TPM), set the security chip to Active/Enabled, save and restart.</source>
        <translation>Dieser Chip lässt Software die Anwesenheit nie bestätigen, daher lässt er sich nur im Firmware-Setup einschalten. Stellen Sie im Firmware-Setup (bei ThinkPads: Security &gt; Security Chip; sonst meist Security &gt; TPM) den Sicherheitschip auf Active/Enabled, speichern Sie und starten Sie neu.</translation>
    </message>
    <message>
        <source>The firmware locked physical presence for this start, so the wizard cannot turn the TPM on. In the firmware setup (on ThinkPads: Security &gt; Security Chip; elsewhere usually Security &gt; TPM), set the security chip to Active/Enabled, save and restart. Then open the wizard again.</source>
        <translation>Die Firmware hat die physische Anwesenheit für diesen Start gesperrt, daher kann der Assistent das TPM nicht einschalten. Stellen Sie im Firmware-Setup (bei ThinkPads: Security &gt; Security Chip; sonst meist Security &gt; TPM) den Sicherheitschip auf Active/Enabled, speichern Sie und starten Sie neu. Öffnen Sie danach den Assistenten erneut.</translation>
    </message>
    <message>
        <source>Allow software to confirm presence, then confirm it.</source>
        <translation>Software das Bestätigen der Anwesenheit erlauben, dann sie bestätigen.</translation>
    </message>
    <message>
        <source>Confirm presence so the TPM can be turned on.</source>
        <translation>Anwesenheit bestätigen, damit das TPM eingeschaltet werden kann.</translation>
    </message>
    <message>
        <source>Needs physical presence (see above).</source>
        <translation>Braucht die physische Anwesenheit (siehe oben).</translation>
    </message>
    <message>
        <source>The TPM is off and accepts no owner; turning it on fixes both at once.</source>
        <translation>Das TPM ist ausgeschaltet und nimmt keinen Besitzer an; das Einschalten behebt beides sofort.</translation>
    </message>
    <message>
        <source>The TPM is off; turning it on takes effect at once.</source>
        <translation>Das TPM ist ausgeschaltet; das Einschalten wirkt sofort.</translation>
    </message>
    <message>
        <source>The TPM accepts no owner yet; this allows one.</source>
        <translation>Das TPM nimmt noch keinen Besitzer an; dies erlaubt einen.</translation>
    </message>
    <message>
        <source>Already on.</source>
        <translation>Bereits eingeschaltet.</translation>
    </message>
    <message>
        <source>The TPM is deactivated; activating it takes effect after a restart.</source>
        <translation>Das TPM ist deaktiviert; die Aktivierung wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <source>The TPM works now but is set to start deactivated; activating keeps it working after the next restart.</source>
        <translation>Das TPM arbeitet jetzt, startet aber deaktiviert; die Aktivierung hält es auch nach dem nächsten Neustart in Betrieb.</translation>
    </message>
    <message>
        <source>Already activated.</source>
        <translation>Bereits aktiviert.</translation>
    </message>
    <message>
        <source>After activation the TPM works only from the next restart on.</source>
        <translation>Nach der Aktivierung arbeitet das TPM erst ab dem nächsten Neustart.</translation>
    </message>
    <message>
        <source>Activation is set and takes effect at the next restart.</source>
        <translation>Die Aktivierung ist gesetzt und wirkt beim nächsten Neustart.</translation>
    </message>
    <message>
        <source>Not needed: the TPM is active.</source>
        <translation>Nicht nötig: Das TPM ist aktiv.</translation>
    </message>
    <message>
        <source>The TPM already has an owner.</source>
        <translation>Das TPM hat bereits einen Besitzer.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Bestanden.</translation>
    </message>
    <message>
        <source>Tests the chip before it creates the storage root key.</source>
        <translation>Prüft den Chip, bevor er den Speicherstammschlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Runs once the TPM is on and active.</source>
        <translation>Läuft, sobald das TPM eingeschaltet und aktiv ist.</translation>
    </message>
    <message>
        <source>Exists (the TPM has an owner).</source>
        <translation>Vorhanden (das TPM hat einen Besitzer).</translation>
    </message>
    <message>
        <source>Present.</source>
        <translation>Vorhanden.</translation>
    </message>
    <message>
        <source>The TPM has no endorsement key yet; taking ownership needs one.</source>
        <translation>Das TPM hat noch keinen Endorsement Key; die Besitzübernahme braucht einen.</translation>
    </message>
    <message>
        <source>The endorsement key could not be read; it is read again and created only if the TPM has none.</source>
        <translation>Der Endorsement Key konnte nicht gelesen werden; er wird erneut gelesen und nur erzeugt, wenn das TPM keinen hat.</translation>
    </message>
    <message>
        <source>Checked once the TPM is on and active.</source>
        <translation>Wird geprüft, sobald das TPM eingeschaltet und aktiv ist.</translation>
    </message>
    <message>
        <source>Taken just now.</source>
        <translation>Soeben übernommen.</translation>
    </message>
    <message>
        <source>The TPM accepts no owner and the firmware does not let the wizard change that. Allow it in the firmware setup&apos;s security chip menu.</source>
        <translation>Das TPM nimmt keinen Besitzer an, und die Firmware lässt den Assistenten das nicht ändern. Erlauben Sie es im Menü des Sicherheitschips im Firmware-Setup.</translation>
    </message>
    <message>
        <source>Once the TPM accepts an owner: sets your owner password and creates the storage root key.</source>
        <translation>Sobald das TPM einen Besitzer annimmt: setzt Ihr Besitzerpasswort und erzeugt den Speicherstammschlüssel.</translation>
    </message>
    <message>
        <source>Sets your owner password and creates the storage root key.</source>
        <translation>Setzt Ihr Besitzerpasswort und erzeugt den Speicherstammschlüssel.</translation>
    </message>
    <message>
        <source>The owner password and the storage root key work.</source>
        <translation>Das Besitzerpasswort und der Speicherstammschlüssel funktionieren.</translation>
    </message>
    <message>
        <source>Someone else set the owner; you can check a password you have.</source>
        <translation>Jemand anderes hat den Besitzer gesetzt; Sie können ein Passwort prüfen, das Sie haben.</translation>
    </message>
    <message>
        <source>Proves that the new owner password works.</source>
        <translation>Weist nach, dass das neue Besitzerpasswort funktioniert.</translation>
    </message>
    <message>
        <source>The TPM waits to be started, which the firmware normally does at boot; the wizard starts it first.</source>
        <translation>Das TPM wartet darauf, gestartet zu werden, was normalerweise die Firmware beim Booten tut; der Assistent startet es zuerst.</translation>
    </message>
    <message>
        <source>This is a TPM 2.0; this version of the wizard sets up TPM 1.2 only.</source>
        <translation>Dies ist ein TPM 2.0; diese Version des Assistenten richtet nur TPM 1.2 ein.</translation>
    </message>
    <message>
        <source>This is a TPM 1.1; this version of the wizard sets up TPM 1.2 only.</source>
        <translation>Dies ist ein TPM 1.1; diese Version des Assistenten richtet nur TPM 1.2 ein.</translation>
    </message>
    <message>
        <source>The TPM&apos;s state could not be read.</source>
        <translation>Der Zustand des TPM konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TPM had been reset; the wizard started it again and repeated %1.</source>
        <translation>Das TPM war zurückgesetzt worden; der Assistent hat es neu gestartet und %1 wiederholt.</translation>
    </message>
    <message>
        <source>The TPM had been reset; the wizard started it again and continued.</source>
        <translation>Das TPM war zurückgesetzt worden; der Assistent hat es neu gestartet und weitergemacht.</translation>
    </message>
    <message>
        <source>The TPM is activated from the next restart on.</source>
        <translation>Das TPM ist ab dem nächsten Neustart aktiviert.</translation>
    </message>
    <message>
        <source>Software may now confirm physical presence for good: programs running as administrator can confirm it at every start in which the firmware does not lock it. The wizard released it after use.</source>
        <translation>Software darf die physische Anwesenheit jetzt dauerhaft bestätigen: Programme mit Administratorrechten können sie bei jedem Start bestätigen, bei dem die Firmware sie nicht sperrt. Der Assistent hat sie nach Gebrauch wieder freigegeben.</translation>
    </message>
    <message>
        <source>Taking ownership (try %1 of at most %2): the TPM creates a 2048-bit storage root key, which can take a minute on some chips.</source>
        <translation>Besitz wird übernommen (Versuch %1 von höchstens %2): Das TPM erzeugt einen 2048-Bit-Speicherstammschlüssel, was auf manchen Chips eine Minute dauern kann.</translation>
    </message>
    <message>
        <source>The TPM&apos;s answer was lost (%1); the wizard asked whether it took ownership before trying again.</source>
        <translation>Die Antwort des TPM ging verloren (%1); der Assistent hat nachgefragt, ob es den Besitz übernommen hat, bevor er es erneut versucht.</translation>
    </message>
    <message>
        <source>The TPM did not answer the check (%1); it may still be working. Asking again.</source>
        <translation>Das TPM hat auf die Prüfung nicht geantwortet (%1); vielleicht arbeitet es noch. Erneute Nachfrage.</translation>
    </message>
    <message>
        <source>The TPM did not answer the check either (%1).</source>
        <translation>Das TPM hat auch auf die Prüfung nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>The TPM was still without an owner, so the wizard tried again.</source>
        <translation>Das TPM hatte noch keinen Besitzer, daher hat der Assistent es erneut versucht.</translation>
    </message>
    <message>
        <source>The TPM accepts your owner password: ownership was taken although its answer was lost.</source>
        <translation>Das TPM nimmt Ihr Besitzerpasswort an: Der Besitz wurde übernommen, obwohl seine Antwort verloren ging.</translation>
    </message>
    <message>
        <source>The TPM accepted the owner password and returned the storage root key.</source>
        <translation>Das TPM hat das Besitzerpasswort angenommen und den Speicherstammschlüssel zurückgegeben.</translation>
    </message>
    <message>
        <source>The storage root key was registered in trousers&apos; key store (%1), so tpm-tools can use it.</source>
        <translation>Der Speicherstammschlüssel wurde im Schlüsselspeicher von trousers eingetragen (%1), damit tpm-tools ihn nutzen kann.</translation>
    </message>
    <message>
        <source>The storage root key could not be registered with trousers (%1); tpm-tools cannot use it until it is.</source>
        <translation>Der Speicherstammschlüssel konnte nicht bei trousers eingetragen werden (%1); bis dahin kann tpm-tools ihn nicht nutzen.</translation>
    </message>
    <message>
        <source>Physical presence was released, so no other program can use it.</source>
        <translation>Die physische Anwesenheit wurde freigegeben, damit kein anderes Programm sie nutzen kann.</translation>
    </message>
    <message>
        <source>Physical presence was released and locked until the next restart.</source>
        <translation>Die physische Anwesenheit wurde freigegeben und bis zum nächsten Neustart gesperrt.</translation>
    </message>
    <message>
        <source>Physical presence could not be released (%1); it stays confirmed until the next restart.</source>
        <translation>Die physische Anwesenheit konnte nicht freigegeben werden (%1); sie bleibt bis zum nächsten Neustart bestätigt.</translation>
    </message>
    <message>
        <source>This is not a TPM 1.2.</source>
        <translation>Dies ist kein TPM 1.2.</translation>
    </message>
    <message>
        <source>The chip answered as a TPM 2.0, as a TPM 1.1, or not like a TPM at all. This version sets up TPM 1.2 only.</source>
        <translation>Der Chip hat wie ein TPM 2.0, wie ein TPM 1.1 oder gar nicht wie ein TPM geantwortet. Diese Version richtet nur TPM 1.2 ein.</translation>
    </message>
    <message>
        <source>A TPM 2.0 needs no ownership step; disk encryption tools such as systemd-cryptenroll use it as it is.</source>
        <translation>Ein TPM 2.0 braucht keine Besitzübernahme; Werkzeuge zur Festplattenverschlüsselung wie systemd-cryptenroll nutzen es so, wie es ist.</translation>
    </message>
    <message>
        <source>This step can only be done in the firmware setup.</source>
        <translation>Dieser Schritt geht nur im Firmware-Setup.</translation>
    </message>
    <message>
        <source>The firmware does not let the running system confirm physical presence, which this step needs.</source>
        <translation>Die Firmware lässt das laufende System die physische Anwesenheit nicht bestätigen, die dieser Schritt braucht.</translation>
    </message>
    <message>
        <source>Restart, open the firmware setup (on ThinkPads: Security &gt; Security Chip; elsewhere usually Security &gt; TPM), set the security chip to Active/Enabled, save, and open the wizard again.</source>
        <translation>Starten Sie neu, öffnen Sie das Firmware-Setup (bei ThinkPads: Security &gt; Security Chip; sonst meist Security &gt; TPM), stellen Sie den Sicherheitschip auf Active/Enabled, speichern Sie und öffnen Sie den Assistenten erneut.</translation>
    </message>
    <message>
        <source>The TPM already had an owner; it was left alone.</source>
        <translation>Das TPM hatte bereits einen Besitzer; er wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Ownership can be taken only once. The owner may be an earlier setup, Windows, another tool or a previous user.</source>
        <translation>Der Besitz kann nur einmal übernommen werden. Der Besitzer kann eine frühere Einrichtung, Windows, ein anderes Werkzeug oder ein früherer Benutzer sein.</translation>
    </message>
    <message>
        <source>If you know the owner password, check it in the wizard (one try at a time: wrong tries count toward the lockout). If nobody knows it, clear the TPM and set it up again.</source>
        <translation>Wenn Sie das Besitzerpasswort kennen, prüfen Sie es im Assistenten (ein Versuch nach dem anderen: falsche Versuche zählen zur Sperre). Wenn es niemand kennt, löschen Sie das TPM und richten Sie es neu ein.</translation>
    </message>
    <message>
        <source>Ownership was not taken: the owner password is not confirmed as saved.</source>
        <translation>Der Besitz wurde nicht übernommen: Es ist nicht bestätigt, dass das Besitzerpasswort gespeichert ist.</translation>
    </message>
    <message>
        <source>The owner password cannot be read back from the TPM; if it is lost, only clearing the TPM helps, which destroys every key made under it.</source>
        <translation>Das Besitzerpasswort lässt sich nicht aus dem TPM zurücklesen; geht es verloren, hilft nur das Löschen des TPM, das jeden darunter erzeugten Schlüssel zerstört.</translation>
    </message>
    <message>
        <source>Choose where to keep the password, let the wizard save and read it back, and try again.</source>
        <translation>Wählen Sie, wo das Passwort aufbewahrt wird, lassen Sie den Assistenten es speichern und zurücklesen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TPM is owned, but not with the password chosen here.</source>
        <translation>Das TPM hat einen Besitzer, aber nicht mit dem hier gewählten Passwort.</translation>
    </message>
    <message>
        <source>An answer from the TPM was lost, and afterwards the TPM had an owner whose password is not yours: another program took ownership at the same time.</source>
        <translation>Eine Antwort des TPM ging verloren, und danach hatte das TPM einen Besitzer, dessen Passwort nicht Ihres ist: Ein anderes Programm hat gleichzeitig den Besitz übernommen.</translation>
    </message>
    <message>
        <source>Find out who set the owner and use their password; otherwise clear the TPM and set it up again.</source>
        <translation>Finden Sie heraus, wer den Besitzer gesetzt hat, und verwenden Sie dessen Passwort; sonst löschen Sie das TPM und richten Sie es neu ein.</translation>
    </message>
    <message>
        <source>A step reported success, but the TPM did not change.</source>
        <translation>Ein Schritt meldete Erfolg, aber das TPM hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>Some firmware ignores such changes from the running system, and some apply them only after a restart.</source>
        <translation>Manche Firmware ignoriert solche Änderungen aus dem laufenden System, manche übernimmt sie erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart the computer and open the wizard again. If the same step stops again, do it in the firmware setup.</source>
        <translation>Starten Sie den Computer neu und öffnen Sie den Assistenten erneut. Bleibt derselbe Schritt wieder stehen, erledigen Sie ihn im Firmware-Setup.</translation>
    </message>
    <message>
        <source>The storage root key read back is not the one just created.</source>
        <translation>Der zurückgelesene Speicherstammschlüssel ist nicht der soeben erzeugte.</translation>
    </message>
    <message>
        <source>This should never happen: the TPM was owned again in between, or its answers are being altered.</source>
        <translation>Das sollte nie passieren: Das TPM wurde zwischendurch erneut in Besitz genommen, oder seine Antworten werden verändert.</translation>
    </message>
    <message>
        <source>Do not store secrets with this TPM yet. Save the report and file a bug.</source>
        <translation>Speichern Sie noch keine Geheimnisse mit diesem TPM. Speichern Sie den Bericht und melden Sie einen Fehler.</translation>
    </message>
    <message>
        <source>The TPM kept resetting.</source>
        <translation>Das TPM wurde immer wieder zurückgesetzt.</translation>
    </message>
    <message>
        <source>Each time the wizard started it again, it was reset again: a command that always times out, suspend during the setup, or a hardware fault.</source>
        <translation>Jedes Mal, wenn der Assistent es neu gestartet hat, wurde es erneut zurückgesetzt: ein Befehl, der immer in eine Zeitüberschreitung läuft, ein Ruhezustand während der Einrichtung oder ein Hardwarefehler.</translation>
    </message>
    <message>
        <source>Keep the computer awake, shut it down completely once, and open the wizard again.</source>
        <translation>Halten Sie den Computer wach, schalten Sie ihn einmal ganz aus und öffnen Sie den Assistenten erneut.</translation>
    </message>
    <message>
        <source>The TPM has no owner.</source>
        <translation>Das TPM hat keinen Besitzer.</translation>
    </message>
    <message>
        <source>Checking an owner password needs a TPM that has an owner.</source>
        <translation>Um ein Besitzerpasswort zu prüfen, braucht das TPM einen Besitzer.</translation>
    </message>
    <message>
        <source>Take ownership first with the wizard.</source>
        <translation>Übernehmen Sie zuerst mit dem Assistenten den Besitz.</translation>
    </message>
    <message>
        <source>The TPM is turned off.</source>
        <translation>Das TPM ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>A TPM that is off refuses owner commands before it looks at the password, so nothing was sent.</source>
        <translation>Ein ausgeschaltetes TPM lehnt Besitzerbefehle ab, bevor es das Passwort ansieht, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Turn the TPM on with the wizard (this leaves the owner alone), then check the password again.</source>
        <translation>Schalten Sie das TPM mit dem Assistenten ein (der Besitzer bleibt unangetastet) und prüfen Sie dann das Passwort erneut.</translation>
    </message>
    <message>
        <source>The TPM waits for TPM2_Startup, which firmware normally sends at boot; provisioning sends it first, then decides.</source>
        <translation>Das TPM wartet auf TPM2_Startup, das normalerweise die Firmware beim Start sendet; die Einrichtung sendet es zuerst und entscheidet dann.</translation>
    </message>
    <message>
        <source>The shared storage key is at 0x81000001 with the standard template; systemd, Windows and other programs use it.</source>
        <translation>Der gemeinsame Speicherschlüssel liegt mit der Standardvorlage unter 0x81000001; systemd, Windows und andere Programme nutzen ihn.</translation>
    </message>
    <message>
        <source>A key with another template is at 0x81000001 (%1); it is kept, because replacing it would make everything sealed under it unreadable.</source>
        <translation>Unter 0x81000001 liegt ein Schlüssel mit einer anderen Vorlage (%1); er bleibt erhalten, denn ihn zu ersetzen machte alles unlesbar, was darunter versiegelt ist.</translation>
    </message>
    <message>
        <source>Nothing is at 0x81000001: the shared storage key (%1, the template systemd uses) is created there, before any owner password could get in the way.</source>
        <translation>Unter 0x81000001 liegt nichts: Der gemeinsame Speicherschlüssel (%1, die Vorlage von systemd) wird dort angelegt, bevor ein Besitzerpasswort im Weg sein könnte.</translation>
    </message>
    <message>
        <source>Created by this run at 0x81000001.</source>
        <translation>In diesem Durchlauf unter 0x81000001 angelegt.</translation>
    </message>
    <message>
        <source>The storage hierarchy is turned off until the next restart, so the storage key cannot be created now; restart the computer and run this again.</source>
        <translation>Die Speicherhierarchie ist bis zum nächsten Neustart abgeschaltet, daher kann der Speicherschlüssel jetzt nicht angelegt werden; starten Sie den Computer neu und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <source>An owner password was set before (by the firmware, Windows or another tool), so the shared storage key cannot be created without it, and systemd-cryptenroll cannot create it either; remove that owner password with the tool that set it (tpm2_changeauth -c owner -p OLD), or clear the TPM.</source>
        <translation>Ein Besitzerpasswort wurde schon früher gesetzt (von der Firmware, Windows oder einem anderen Werkzeug), daher kann der gemeinsame Speicherschlüssel ohne es nicht angelegt werden, auch nicht von systemd-cryptenroll; entfernen Sie dieses Besitzerpasswort mit dem Werkzeug, das es gesetzt hat (tpm2_changeauth -c owner -p ALT), oder setzen Sie das TPM zurück.</translation>
    </message>
    <message>
        <source>Already as asked: %1 tries, one failure forgotten every %2 s, %3 s after a wrong lockout password.</source>
        <translation>Bereits wie gewünscht: %1 Versuche, alle %2 s wird ein Fehlversuch vergessen, %3 s nach einem falschen Sperrpasswort.</translation>
    </message>
    <message>
        <source>Set to %1 tries, one failure forgotten every %2 s, and %3 s after a wrong lockout password, while the lockout password is still empty.</source>
        <translation>Wird auf %1 Versuche gesetzt, alle %2 s wird ein Fehlversuch vergessen, und %3 s nach einem falschen Sperrpasswort – solange das Sperrpasswort noch leer ist.</translation>
    </message>
    <message>
        <source>The settings differ from the ones asked, but changing them needs the lockout password, which was set before this run: they are left as they are.</source>
        <translation>Die Einstellungen weichen von den gewünschten ab, aber sie zu ändern braucht das Sperrpasswort, das schon vor diesem Durchlauf gesetzt war: Sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The lockout password (it resets and clears the TPM) is set; it is stored and read back before it is sent, and travels encrypted.</source>
        <translation>Das Sperrpasswort (es setzt die Sperre und das TPM zurück) wird gesetzt; es wird gespeichert und zurückgelesen, bevor es gesendet wird, und verschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Set by this run.</source>
        <translation>In diesem Durchlauf gesetzt.</translation>
    </message>
    <message>
        <source>The owner password stays empty, so systemd-cryptenroll, clevis and other programs can still create their keys (the policy Windows and systemd follow).</source>
        <translation>Das Besitzerpasswort bleibt leer, damit systemd-cryptenroll, clevis und andere Programme weiterhin ihre Schlüssel anlegen können (so halten es Windows und systemd).</translation>
    </message>
    <message>
        <source>An owner password is set as asked; from then on systemd-cryptenroll and clevis cannot create keys of their own.</source>
        <translation>Ein Besitzerpasswort wird wie gewünscht gesetzt; danach können systemd-cryptenroll und clevis keine eigenen Schlüssel mehr anlegen.</translation>
    </message>
    <message>
        <source>An owner password is set; it is left as it is.</source>
        <translation>Ein Besitzerpasswort ist gesetzt; es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>The endorsement password stays empty, as attestation tools expect.</source>
        <translation>Das Endorsement-Passwort bleibt leer, wie es Attestierungswerkzeuge erwarten.</translation>
    </message>
    <message>
        <source>An endorsement password is set as asked.</source>
        <translation>Ein Endorsement-Passwort wird wie gewünscht gesetzt.</translation>
    </message>
    <message>
        <source>An endorsement password is set; it is left as it is.</source>
        <translation>Ein Endorsement-Passwort ist gesetzt; es bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>The endorsement hierarchy is turned off until the next restart, so its password cannot be set now; restart the computer and run this again.</source>
        <translation>Die Endorsement-Hierarchie ist bis zum nächsten Neustart abgeschaltet, daher kann ihr Passwort jetzt nicht gesetzt werden; starten Sie den Computer neu und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <source>What this run set is checked: the lockout password, the storage key read back, and the TPM&apos;s flags.</source>
        <translation>Was dieser Durchlauf gesetzt hat, wird geprüft: das Sperrpasswort, der zurückgelesene Speicherschlüssel und die Flags des TPM.</translation>
    </message>
    <message>
        <source>Checked in this run.</source>
        <translation>In diesem Durchlauf geprüft.</translation>
    </message>
    <message>
        <source>This run set no password, so there is nothing of its own to check.</source>
        <translation>Dieser Durchlauf hat kein Passwort gesetzt, es gibt also nichts Eigenes zu prüfen.</translation>
    </message>
    <message>
        <source>The TPM was set up before (its lockout password is set), so nothing is changed in it.</source>
        <translation>Das TPM wurde schon früher eingerichtet (sein Sperrpasswort ist gesetzt), daher wird nichts daran geändert.</translation>
    </message>
    <message>
        <source>The TPM waited for TPM2_Startup (TPM_RC_INITIALIZE); sent Startup(CLEAR) and continued.</source>
        <translation>Das TPM wartete auf TPM2_Startup (TPM_RC_INITIALIZE); Startup(CLEAR) wurde gesendet und es ging weiter.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; was lost (%2). The TPM&apos;s flags tell whether it was done; nothing is sent again before they are read.</source>
        <translation>Die Antwort auf „%1“ ging verloren (%2). Die Flags des TPM zeigen, ob es geschehen ist; bevor sie gelesen sind, wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>The storage key is at 0x81000001 after the lost answer: it is used, not created a second time.</source>
        <translation>Nach der verlorenen Antwort liegt der Speicherschlüssel unter 0x81000001: Er wird verwendet, nicht ein zweites Mal angelegt.</translation>
    </message>
    <message>
        <source>The TPM reports a lockout password after the lost answer: it is this run&apos;s, and it is checked next.</source>
        <translation>Nach der verlorenen Antwort meldet das TPM ein Sperrpasswort: Es ist das dieses Durchlaufs und wird als Nächstes geprüft.</translation>
    </message>
    <message>
        <source>The TPM&apos;s flags show &quot;%1&quot; was not done, so it is sent again.</source>
        <translation>Die Flags des TPM zeigen, dass „%1“ nicht geschehen ist; es wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The TPM accepted the lockout password and returned the storage key.</source>
        <translation>Das TPM hat das Sperrpasswort angenommen und den Speicherschlüssel zurückgegeben.</translation>
    </message>
    <message>
        <source>The TPM already has a lockout password; it was left alone.</source>
        <translation>Das TPM hat bereits ein Sperrpasswort; es blieb unangetastet.</translation>
    </message>
    <message>
        <source>Windows, the firmware, another program or an earlier setup set it. One wrong try blocks it for a long time, so the wizard does not guess.</source>
        <translation>Windows, die Firmware, ein anderes Programm oder eine frühere Einrichtung hat es gesetzt. Ein falscher Versuch sperrt es für lange Zeit, daher rät der Assistent nicht.</translation>
    </message>
    <message>
        <source>If you have that password, check it once. If nobody has it, clear the TPM through the firmware.</source>
        <translation>Wenn Sie dieses Passwort haben, prüfen Sie es einmal. Hat es niemand, setzen Sie das TPM über die Firmware zurück.</translation>
    </message>
    <message>
        <source>What was set does not read back as set.</source>
        <translation>Was gesetzt wurde, liest sich nicht als gesetzt zurück.</translation>
    </message>
    <message>
        <source>Another program changed the TPM at the same time, or its answers are being altered.</source>
        <translation>Ein anderes Programm hat das TPM gleichzeitig verändert, oder seine Antworten werden verfälscht.</translation>
    </message>
    <message>
        <source>Do not rely on this TPM yet; save the details and report them.</source>
        <translation>Verlassen Sie sich noch nicht auf dieses TPM; speichern Sie die Details und melden Sie sie.</translation>
    </message>
    <message>
        <source>A lockout password was set before (by Windows, the firmware or another program); it is left alone. If you have it, it can be checked once.</source>
        <translation>Ein Sperrpasswort wurde schon früher gesetzt (von Windows, der Firmware oder einem anderen Programm); es bleibt unangetastet. Wenn Sie es haben, kann es einmal geprüft werden.</translation>
    </message>
    <message>
        <source>The TPM was busy (%1); the wizard waited %2 ms and tried again.</source>
        <translation>Das TPM war beschäftigt (%1); der Assistent hat %2 ms gewartet und es erneut versucht.</translation>
    </message>
</context>
<context>
    <name>ErrorInfo</name>
    <message>
        <source>The TPM helper reported a failure.</source>
        <translation>Der TPM-Hilfsdienst hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The TPM helper is not running.</source>
        <translation>Der TPM-Hilfsdienst läuft nicht.</translation>
    </message>
    <message>
        <source>The wizard reaches the TPM only through a small system service, tpm-provisioner-helper, which runs with the rights the TPM needs. It is not installed, not started, or the system bus could not start it.</source>
        <translation>Der Assistent erreicht das TPM nur über einen kleinen Systemdienst, tpm-provisioner-helper, der mit den Rechten läuft, die das TPM verlangt. Er ist nicht installiert, nicht gestartet, oder der Systembus konnte ihn nicht starten.</translation>
    </message>
    <message>
        <source>Install the tpm-provisioner package (it installs the helper), or start the helper as root, then press Retry.</source>
        <translation>Installieren Sie das Paket tpm-provisioner (es installiert den Hilfsdienst) oder starten Sie den Hilfsdienst als root und drücken Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Permission was refused.</source>
        <translation>Die Berechtigung wurde verweigert.</translation>
    </message>
    <message>
        <source>The system&apos;s policy did not allow this for your account, or the password prompt was cancelled. Nothing was sent to the TPM.</source>
        <translation>Die Richtlinie des Systems hat dies für Ihr Konto nicht erlaubt, oder die Passwortabfrage wurde abgebrochen. An das TPM wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Press Retry and enter an administrator password when asked. If no prompt appears, ask the computer&apos;s administrator.</source>
        <translation>Drücken Sie „Wiederholen“ und geben Sie auf Nachfrage ein Administratorpasswort ein. Erscheint keine Abfrage, wenden Sie sich an die Administration des Computers.</translation>
    </message>
    <message>
        <source>The TPM is busy with another task.</source>
        <translation>Das TPM ist mit einer anderen Aufgabe beschäftigt.</translation>
    </message>
    <message>
        <source>Wait until the other task has finished, then press Retry.</source>
        <translation>Warten Sie, bis die andere Aufgabe abgeschlossen ist, und drücken Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>The TPM helper stopped before the task finished.</source>
        <translation>Der TPM-Hilfsdienst wurde beendet, bevor die Aufgabe abgeschlossen war.</translation>
    </message>
    <message>
        <source>It was stopped or restarted. The task&apos;s result is lost, but the TPM itself shows how far it got.</source>
        <translation>Er wurde beendet oder neu gestartet. Das Ergebnis der Aufgabe ist verloren, aber das TPM selbst zeigt, wie weit sie gekommen ist.</translation>
    </message>
    <message>
        <source>Press Retry: the wizard reads the TPM again and continues from where it is.</source>
        <translation>Drücken Sie „Wiederholen“: Der Assistent liest das TPM erneut aus und macht beim aktuellen Stand weiter.</translation>
    </message>
    <message>
        <source>The TPM helper could not be reached.</source>
        <translation>Der TPM-Hilfsdienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps failing, save a report and file a bug.</source>
        <translation>Drücken Sie „Wiederholen“. Schlägt es weiter fehl, speichern Sie einen Bericht und melden Sie den Fehler.</translation>
    </message>
</context>
<context>
    <name>FirmwareDirections</name>
    <message>
        <source>Enter, then F1</source>
        <translation>Eingabetaste, dann F1</translation>
    </message>
    <message>
        <source>F2 or Del</source>
        <translation>F2 oder Entf</translation>
    </message>
    <message>
        <source>usually F1, F2, F10, Del or Esc</source>
        <translation>meist F1, F2, F10, Entf oder Esc</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>WindowsOwnerFile</name>
    <message>
        <source>This password cannot be written for Windows.</source>
        <translation>Dieses Passwort lässt sich nicht für Windows schreiben.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Start the TPM</source>
        <translation>TPM starten</translation>
    </message>
    <message>
        <source>Confirm physical presence</source>
        <translation>Physische Anwesenheit bestätigen</translation>
    </message>
    <message>
        <source>Turn the TPM on</source>
        <translation>TPM einschalten</translation>
    </message>
    <message>
        <source>Activate the TPM</source>
        <translation>TPM aktivieren</translation>
    </message>
    <message>
        <source>Restart the computer</source>
        <translation>Computer neu starten</translation>
    </message>
    <message>
        <source>Test the chip</source>
        <translation>Chip testen</translation>
    </message>
    <message>
        <source>Create the endorsement key</source>
        <translation>Endorsement Key erzeugen</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Besitz übernehmen</translation>
    </message>
    <message>
        <source>Check the owner password</source>
        <translation>Besitzerpasswort prüfen</translation>
    </message>
    <message>
        <source>Makes sure the TPM has been started since it was last reset; a started TPM is left alone.</source>
        <translation>Stellt sicher, dass das TPM seit dem letzten Zurücksetzen gestartet wurde; ein gestartetes TPM bleibt unverändert.</translation>
    </message>
    <message>
        <source>Tells the TPM that someone is at the computer, which it needs before it can be turned on.</source>
        <translation>Teilt dem TPM mit, dass jemand am Computer ist; das braucht es, bevor es eingeschaltet werden kann.</translation>
    </message>
    <message>
        <source>Switches the TPM on; this takes effect at once.</source>
        <translation>Schaltet das TPM ein; das wirkt sofort.</translation>
    </message>
    <message>
        <source>Makes the TPM usable; this takes effect after the next restart.</source>
        <translation>Macht das TPM nutzbar; das wirkt nach dem nächsten Neustart.</translation>
    </message>
    <message>
        <source>The TPM reads its activation setting only while the computer starts.</source>
        <translation>Das TPM liest seine Aktivierungseinstellung nur beim Start des Computers.</translation>
    </message>
    <message>
        <source>Runs the TPM&apos;s full self-test before it creates keys.</source>
        <translation>Führt den vollständigen Selbsttest des TPM aus, bevor es Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Creates the TPM&apos;s identity key, which taking ownership needs.</source>
        <translation>Erzeugt den Identitätsschlüssel des TPM, den die Besitzübernahme braucht.</translation>
    </message>
    <message>
        <source>Sets your owner password and creates the storage root key; this can take a minute or more.</source>
        <translation>Setzt Ihr Besitzerpasswort und erzeugt den Speicherstammschlüssel; das kann eine Minute oder länger dauern.</translation>
    </message>
    <message>
        <source>Proves that the TPM accepts the new owner password.</source>
        <translation>Weist nach, dass das TPM das neue Besitzerpasswort annimmt.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Needs the firmware setup</source>
        <translation>Braucht das Firmware-Setup</translation>
    </message>
    <message>
        <source>The TPM is owned and your password works.</source>
        <translation>Das TPM hat einen Besitzer, und Ihr Passwort funktioniert.</translation>
    </message>
    <message>
        <source>A restart is needed before the TPM can continue.</source>
        <translation>Bevor das TPM weitermachen kann, ist ein Neustart nötig.</translation>
    </message>
    <message>
        <source>The TPM already has an owner.</source>
        <translation>Das TPM hat bereits einen Besitzer.</translation>
    </message>
    <message>
        <source>The firmware does not allow this step.</source>
        <translation>Die Firmware erlaubt diesen Schritt nicht.</translation>
    </message>
    <message>
        <source>This TPM is not supported.</source>
        <translation>Dieses TPM wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>Der Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>tpm-tools and Heads compatible</source>
        <translation>kompatibel mit tpm-tools und Heads</translation>
    </message>
    <message>
        <source>Windows compatible</source>
        <translation>kompatibel mit Windows</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>no — turned off (in the firmware or by software); the wizard can turn it on</source>
        <translation>nein — ausgeschaltet (in der Firmware oder per Software); der Assistent kann es einschalten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — deactivated; the wizard can activate it (needs a restart)</source>
        <translation>nein — deaktiviert; der Assistent kann es aktivieren (braucht einen Neustart)</translation>
    </message>
    <message>
        <source>not yet — activation takes effect at the next restart</source>
        <translation>noch nicht — die Aktivierung wirkt beim nächsten Neustart</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes — someone already took ownership</source>
        <translation>ja — jemand hat den Besitz bereits übernommen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>confirmed for this boot</source>
        <translation>für diesen Systemstart bestätigt</translation>
    </message>
    <message>
        <source>locked by the firmware for this boot</source>
        <translation>von der Firmware für diesen Systemstart gesperrt</translation>
    </message>
    <message>
        <source>only in the firmware setup (locked for the chip&apos;s lifetime)</source>
        <translation>nur im Firmware-Setup (auf Lebenszeit des Chips festgelegt)</translation>
    </message>
    <message>
        <source>software may confirm it</source>
        <translation>Software darf sie bestätigen</translation>
    </message>
    <message>
        <source>Physical presence</source>
        <translation>Physische Anwesenheit</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing — the wizard creates it</source>
        <translation>fehlt — der Assistent erzeugt ihn</translation>
    </message>
    <message>
        <source>present (not readable without the owner)</source>
        <translation>vorhanden (ohne Besitzer nicht lesbar)</translation>
    </message>
    <message>
        <source>Endorsement key</source>
        <translation>Endorsement Key</translation>
    </message>
    <message>
        <source>Owner installation</source>
        <translation>Besitzer einrichten</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>switched off in the firmware</source>
        <translation>in der Firmware abgeschaltet</translation>
    </message>
    <message>
        <source>older pop-up password prompts</source>
        <translation>ältere Passwortabfragen in Dialogfenstern</translation>
    </message>
    <message>
        <source>Create the shared storage key</source>
        <translation>Den gemeinsamen Speicherschlüssel anlegen</translation>
    </message>
    <message>
        <source>Set the protection against guessing</source>
        <translation>Den Schutz gegen Erraten einstellen</translation>
    </message>
    <message>
        <source>Set the lockout password</source>
        <translation>Das Sperrpasswort setzen</translation>
    </message>
    <message>
        <source>Set the owner password</source>
        <translation>Das Besitzerpasswort setzen</translation>
    </message>
    <message>
        <source>Set the endorsement password</source>
        <translation>Das Endorsement-Passwort setzen</translation>
    </message>
    <message>
        <source>Check the result</source>
        <translation>Das Ergebnis prüfen</translation>
    </message>
    <message>
        <source>The key disk encryption and other programs keep their keys under, made the way systemd and Windows expect it.</source>
        <translation>Der Schlüssel, unter dem Festplattenverschlüsselung und andere Programme ihre Schlüssel ablegen, so angelegt, wie systemd und Windows es erwarten.</translation>
    </message>
    <message>
        <source>How many wrong passwords the TPM allows before it stops answering for a while.</source>
        <translation>Wie viele falsche Passwörter der TPM zulässt, bevor er eine Weile nicht mehr antwortet.</translation>
    </message>
    <message>
        <source>The password that can clear the TPM and end a lockout. Other programs do not need it.</source>
        <translation>Das Passwort, mit dem sich der TPM löschen und eine Sperre aufheben lässt. Andere Programme brauchen es nicht.</translation>
    </message>
    <message>
        <source>Left empty by default, so that other programs keep working.</source>
        <translation>Bleibt standardmäßig leer, damit andere Programme weiter funktionieren.</translation>
    </message>
    <message>
        <source>Reads the TPM again and proves that the new password works.</source>
        <translation>Liest den TPM erneut und beweist, dass das neue Passwort funktioniert.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>none yet — the wizard creates it</source>
        <translation>noch keiner — der Assistent legt ihn an</translation>
    </message>
    <message>
        <source>%1, the shared one (disk encryption and Windows use it too)</source>
        <translation>%1, der gemeinsame (auch Festplattenverschlüsselung und Windows nutzen ihn)</translation>
    </message>
    <message>
        <source>%1, made another way: %2</source>
        <translation>%1, anders angelegt: %2</translation>
    </message>
    <message>
        <source>%1 wrong passwords allowed, one forgotten every %2 s; %3 counted now</source>
        <translation>%1 falsche Passwörter erlaubt, eines wird alle %2 s vergessen; %3 jetzt gezählt</translation>
    </message>
    <message>
        <source>%1 — locked out now</source>
        <translation>%1 — jetzt gesperrt</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Sperrpasswort</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Besitzerpasswort</translation>
    </message>
    <message>
        <source>Endorsement password</source>
        <translation>Endorsement-Passwort</translation>
    </message>
    <message>
        <source>Storage key (SRK)</source>
        <translation>Speicherschlüssel (SRK)</translation>
    </message>
    <message>
        <source>Protection against guessing</source>
        <translation>Schutz gegen Erraten</translation>
    </message>
    <message>
        <source>Clearing with the lockout password</source>
        <translation>Löschen mit dem Sperrpasswort</translation>
    </message>
    <message>
        <source>switched off — only the firmware can clear</source>
        <translation>abgeschaltet — nur die Firmware kann löschen</translation>
    </message>
    <message>
        <source>Keys stored in the TPM</source>
        <translation>Im TPM gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>Firmware requests (PPI)</source>
        <translation>Anfragen an die Firmware (PPI)</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>systemd&apos;s NV indices</source>
        <translation>NV-Indizes von systemd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (systemd-pcrlock and the like; a clear destroys them)</source>
        <translation>%1 (systemd-pcrlock und Ähnliches; ein Löschen zerstört sie)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up a TPM 1.2: turns it on, takes ownership and keeps the owner password safe.</source>
        <translation>Richtet ein TPM 1.2 ein: schaltet es ein, übernimmt den Besitz und bewahrt das Besitzerpasswort sicher auf.</translation>
    </message>
    <message>
        <source>Continue after a restart (used by the autostart entry).</source>
        <translation>Nach einem Neustart fortfahren (vom Autostart-Eintrag verwendet).</translation>
    </message>
    <message>
        <source>Save every page and error dialog shown as PNG files in DIR.</source>
        <translation>Jede angezeigte Seite und jeden Fehlerdialog als PNG-Datei in DIR speichern.</translation>
    </message>
    <message>
        <source>Run COMMAND instead of restarting the computer (the demo&apos;s TPM power cycle).</source>
        <translation>COMMAND ausführen, statt den Computer neu zu starten (in der Demo: Aus- und Einschalten des TPM).</translation>
    </message>
    <message>
        <source>Do not add an autostart entry before a restart.</source>
        <translation>Vor einem Neustart keinen Autostart-Eintrag anlegen.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::AlreadyOwnedPage</name>
    <message>
        <source>The TPM already has an owner</source>
        <translation>Das TPM hat bereits einen Besitzer</translation>
    </message>
    <message>
        <source>Someone took ownership of this TPM before. If you know the owner password, the wizard can check it and keep it; otherwise the TPM can be cleared.</source>
        <translation>Jemand hat den Besitz dieses TPM bereits übernommen. Wenn Sie das Besitzerpasswort kennen, kann der Assistent es prüfen und aufbewahren; andernfalls kann das TPM zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>I &amp;know the owner password: check it</source>
        <translation>Ich &amp;kenne das Besitzerpasswort: prüfen</translation>
    </message>
    <message>
        <source>Check the owner password I know</source>
        <translation>Das mir bekannte Besitzerpasswort prüfen</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Besitzerpasswort</translation>
    </message>
    <message>
        <source>&amp;Owner password:</source>
        <translation>&amp;Besitzerpasswort:</translation>
    </message>
    <message>
        <source>Software the password was set with</source>
        <translation>Software, mit der das Passwort festgelegt wurde</translation>
    </message>
    <message>
        <source>Set &amp;with:</source>
        <translation>Festgelegt &amp;mit:</translation>
    </message>
    <message>
        <source>Each wrong try counts toward the TPM&apos;s lockout: after several, the TPM refuses the owner for a while, even the right password. The wizard therefore checks one password at a time and never retries by itself.</source>
        <translation>Jeder Fehlversuch zählt zur Sperre des TPM: Nach mehreren Fehlversuchen weist das TPM den Besitzer eine Zeit lang ab, selbst mit dem richtigen Passwort. Der Assistent prüft deshalb immer nur ein Passwort und wiederholt nie von selbst.</translation>
    </message>
    <message>
        <source>C&amp;heck this password</source>
        <translation>Dieses Passwort &amp;prüfen</translation>
    </message>
    <message>
        <source>Check this password once</source>
        <translation>Dieses Passwort einmal prüfen</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring</source>
        <translation>Das Passwort im Schlüsselbund der Arbeitsumgebung aufbewahren</translation>
    </message>
    <message>
        <source>I do not know it: &amp;clear the TPM (destroys its keys)</source>
        <translation>Ich kenne es &amp;nicht: TPM zurücksetzen (vernichtet seine Schlüssel)</translation>
    </message>
    <message>
        <source>Clear the TPM</source>
        <translation>TPM zurücksetzen</translation>
    </message>
    <message>
        <source>This password cannot be used with the chosen software.</source>
        <translation>Dieses Passwort kann mit der gewählten Software nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Checking the owner password</source>
        <translation>Prüfen des Besitzerpassworts</translation>
    </message>
    <message>
        <source>The TPM accepted this password. You are its owner.</source>
        <translation>Das TPM hat dieses Passwort angenommen. Sie sind sein Besitzer.</translation>
    </message>
    <message>
        <source>The TPM did not accept this password. Check the spelling and the software it was set with before trying again.</source>
        <translation>Das TPM hat dieses Passwort nicht angenommen. Prüfen Sie die Schreibweise und die Software, mit der es festgelegt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 It could not be kept in the keyring: %2</source>
        <translation>%1 Es konnte nicht im Schlüsselbund aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>Keep the checked password in my &amp;desktop keyring</source>
        <translation>Das geprüfte Passwort in meinem &amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the owner password</source>
        <translation>Besitzerpasswort anzeigen</translation>
    </message>
    <message>
        <source>The TPM already has passwords</source>
        <translation>Der TPM hat bereits Passwörter</translation>
    </message>
    <message>
        <source>Windows, a previous owner or the firmware set this TPM up. If you know its lockout password, the wizard can check it and keep it; otherwise the TPM can be cleared.</source>
        <translation>Windows, ein früherer Besitzer oder die Firmware hat diesen TPM eingerichtet. Wenn Sie sein Sperrpasswort kennen, kann der Assistent es prüfen und aufbewahren; sonst lässt sich der TPM löschen.</translation>
    </message>
    <message>
        <source>I &amp;know the lockout password: check it</source>
        <translation>Ich &amp;kenne das Sperrpasswort: prüfen</translation>
    </message>
    <message>
        <source>&amp;Lockout password:</source>
        <translation>Sp&amp;errpasswort:</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Sperrpasswort</translation>
    </message>
    <message>
        <source>One try: after a wrong lockout password the TPM refuses the lockout password — even the right one — for %1. The wizard checks once and never retries by itself.</source>
        <translation>Ein Versuch: Nach einem falschen Sperrpasswort weist der TPM das Sperrpasswort — auch das richtige — %1 lang ab. Der Assistent prüft einmal und versucht es nie von selbst erneut.</translation>
    </message>
    <message>
        <source>its lockout-recovery time</source>
        <translation>seine Erholungszeit nach einer Sperre</translation>
    </message>
    <message>
        <source>Your keyring holds the password a run of this wizard kept for this TPM; it is filled in. Press “Check this password” to confirm that it still works.</source>
        <translation>Ihr Schlüsselbund enthält das Passwort, das ein Lauf dieses Assistenten für diesen TPM aufbewahrt hat; es ist eingetragen. Drücken Sie „Dieses Passwort prüfen“, um zu bestätigen, dass es noch funktioniert.</translation>
    </message>
    <message>
        <source>Checking the lockout password</source>
        <translation>Das Sperrpasswort prüfen</translation>
    </message>
    <message>
        <source>The TPM accepted this lockout password.</source>
        <translation>Der TPM hat dieses Sperrpasswort angenommen.</translation>
    </message>
    <message>
        <source>The TPM did not accept this lockout password. It now refuses the lockout password for a while (see the warning above); check where it was written down before trying again.</source>
        <translation>Der TPM hat dieses Sperrpasswort nicht angenommen. Er weist das Sperrpasswort jetzt eine Weile ab (siehe die Warnung oben); prüfen Sie, wo es notiert wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Clear the TPM instead (destroys its keys)</source>
        <translation>Statt&amp;dessen den TPM zurücksetzen (vernichtet seine Schlüssel)</translation>
    </message>
    <message>
        <source>Someone set an owner or endorsement password on this TPM, but no lockout password. If other programs need those passwords, keep the TPM as it is; otherwise the wizard can clear it and set it up.</source>
        <translation>Jemand hat auf diesem TPM ein Besitzer- oder Endorsement-Passwort gesetzt, aber kein Sperrpasswort. Wenn andere Programme diese Passwörter brauchen, lassen Sie den TPM, wie er ist; sonst kann der Assistent ihn löschen und einrichten.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ClearPage</name>
    <message>
        <source>Clear the TPM</source>
        <translation>TPM zurücksetzen</translation>
    </message>
    <message>
        <source>Clearing removes the owner and destroys every key the TPM holds for the old owner. This cannot be undone.</source>
        <translation>Das Zurücksetzen entfernt den Besitzer und vernichtet jeden Schlüssel, den das TPM für den alten Besitzer hält. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A clear destroys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;disk-unlock keys sealed to the TPM (encrypted disks then need their passphrase or recovery key);&lt;/li&gt;&lt;li&gt;Heads TOTP/HOTP secrets (Heads must be set up again);&lt;/li&gt;&lt;li&gt;BitLocker keys kept in the TPM (Windows then asks for the recovery key);&lt;/li&gt;&lt;li&gt;any other key created under the old owner.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Das Zurücksetzen vernichtet:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;an das TPM gebundene Schlüssel zum Entsperren von Datenträgern (verschlüsselte Datenträger brauchen dann ihre Passphrase oder ihren Wiederherstellungsschlüssel);&lt;/li&gt;&lt;li&gt;TOTP/HOTP-Geheimnisse von Heads (Heads muss neu eingerichtet werden);&lt;/li&gt;&lt;li&gt;im TPM gehaltene BitLocker-Schlüssel (Windows fragt dann nach dem Wiederherstellungsschlüssel);&lt;/li&gt;&lt;li&gt;jeden anderen Schlüssel, der unter dem alten Besitzer erzeugt wurde.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>A clear destroys disk-unlock keys sealed to the TPM, Heads TOTP/HOTP secrets, BitLocker keys and any other key of the old owner.</source>
        <translation>Das Zurücksetzen vernichtet an das TPM gebundene Schlüssel zum Entsperren von Datenträgern, TOTP/HOTP-Geheimnisse von Heads, BitLocker-Schlüssel und jeden anderen Schlüssel des alten Besitzers.</translation>
    </message>
    <message>
        <source>I &amp;understand that these keys are destroyed and have the recovery keys I need</source>
        <translation>Ich &amp;verstehe, dass diese Schlüssel vernichtet werden, und habe die nötigen Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>I understand what a clear destroys</source>
        <translation>Ich verstehe, was das Zurücksetzen vernichtet</translation>
    </message>
    <message>
        <source>C&amp;lear the TPM now</source>
        <translation>&amp;TPM jetzt zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the TPM now</source>
        <translation>Das TPM jetzt zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the TPM?</source>
        <translation>TPM zurücksetzen?</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner and all its keys are destroyed now. Continue?</source>
        <translation>Der Besitzer des TPM und alle seine Schlüssel werden jetzt vernichtet. Fortfahren?</translation>
    </message>
    <message>
        <source>Confirming physical presence</source>
        <translation>Bestätigen der physischen Anwesenheit</translation>
    </message>
    <message>
        <source>Clearing the TPM</source>
        <translation>Zurücksetzen des TPM</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>After the clear, the TPM has no owner and is turned off. Turning it on again takes one more restart; the wizard then makes you its owner.</source>
        <translation>Nach dem Zurücksetzen hat das TPM keinen Besitzer und ist ausgeschaltet. Es wieder einzuschalten, braucht einen weiteren Neustart; danach macht der Assistent Sie zum Besitzer.</translation>
    </message>
    <message>
        <source>The firmware does not let the operating system clear the TPM now. In the firmware setup (%1), choose %2, save and restart. Then start this wizard again.</source>
        <translation>Die Firmware lässt das Betriebssystem das TPM jetzt nicht zurücksetzen. Wählen Sie im Firmware-Setup (%1) %2, speichern Sie und starten Sie neu. Starten Sie dann diesen Assistenten erneut.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>TPM wird ausgelesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;A clear destroys, for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the storage key and every key sealed under it: disk-encryption keys enrolled with systemd-cryptenroll or clevis (those disks then need their passphrase or recovery key);&lt;/li&gt;&lt;li&gt;BitLocker&apos;s TPM protector (Windows then asks for the recovery key);&lt;/li&gt;&lt;li&gt;Heads TOTP/HOTP secrets (Heads must be set up again);&lt;/li&gt;&lt;li&gt;any other key kept in the TPM, and its owner, endorsement and lockout passwords.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ein Löschen zerstört endgültig:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;den Speicherschlüssel und jeden darunter versiegelten Schlüssel: mit systemd-cryptenroll oder clevis eingetragene Schlüssel der Festplattenverschlüsselung (diese Festplatten brauchen dann ihre Passphrase oder ihren Wiederherstellungsschlüssel);&lt;/li&gt;&lt;li&gt;den TPM-Schutz von BitLocker (Windows fragt dann nach dem Wiederherstellungsschlüssel);&lt;/li&gt;&lt;li&gt;die TOTP/HOTP-Geheimnisse von Heads (Heads muss neu eingerichtet werden);&lt;/li&gt;&lt;li&gt;jeden anderen im TPM gespeicherten Schlüssel sowie sein Besitzer-, Endorsement- und Sperrpasswort.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>A clear destroys the storage key and every key sealed under it, such as disk-encryption keys, BitLocker&apos;s TPM protector, Heads secrets, and the TPM&apos;s passwords.</source>
        <translation>Ein Löschen zerstört den Speicherschlüssel und jeden darunter versiegelten Schlüssel, etwa Schlüssel der Festplattenverschlüsselung, den TPM-Schutz von BitLocker, Heads-Geheimnisse und die Passwörter des TPM.</translation>
    </message>
    <message>
        <source>The wizard clears the TPM with the lockout password you checked, then sets it up again at once; no restart is needed.</source>
        <translation>Der Assistent löscht den TPM mit dem geprüften Sperrpasswort und richtet ihn sofort neu ein; ein Neustart ist nicht nötig.</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer starts. It asks first: on most computers press F12 to clear it, or Esc to reject. The wizard opens again after you log in and sets the TPM up.</source>
        <translation>Die Firmware löscht den TPM, während der Computer startet. Sie fragt vorher: Auf den meisten Computern drücken Sie F12 zum Löschen oder Esc zum Ablehnen. Der Assistent öffnet sich nach der Anmeldung wieder und richtet den TPM ein.</translation>
    </message>
    <message>
        <source>&amp;Ask the firmware to clear it</source>
        <translation>Die Firmware um Löschen &amp;bitten</translation>
    </message>
    <message>
        <source>Ask the firmware to clear the TPM at the next start</source>
        <translation>Die Firmware bitten, den TPM beim nächsten Start zu löschen</translation>
    </message>
    <message>
        <source>Without the lockout password, only the firmware can clear this TPM, and it does not take requests from the operating system. In the firmware setup (%1), choose %2, save and restart. Then start this wizard again.</source>
        <translation>Ohne das Sperrpasswort kann nur die Firmware diesen TPM löschen, und sie nimmt keine Anfragen vom Betriebssystem an. Wählen Sie im Firmware-Setup (%1) %2, speichern Sie und starten Sie neu. Starten Sie dann diesen Assistenten erneut.</translation>
    </message>
    <message>
        <source>The firmware is asked to clear the TPM at the next start, destroying all its keys once you confirm there. Continue?</source>
        <translation>Die Firmware wird gebeten, den TPM beim nächsten Start zu löschen; alle seine Schlüssel werden zerstört, sobald Sie dort bestätigen. Fortfahren?</translation>
    </message>
    <message>
        <source>Asking the firmware to clear the TPM</source>
        <translation>Die Firmware um Löschen des TPM bitten</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer starts, after asking you to confirm at its prompt. The wizard opens again after you log in and makes you the owner.</source>
        <translation>Die Firmware löscht den TPM, während der Computer startet, nachdem Sie an ihrer Abfrage bestätigt haben. Der Assistent öffnet sich nach der Anmeldung wieder und macht Sie zum Besitzer.</translation>
    </message>
    <message>
        <source>The TPM has no lockout password, so the wizard can clear it at once and then set it up again; no restart is needed.</source>
        <translation>Der TPM hat kein Sperrpasswort; der Assistent kann ihn daher sofort löschen und dann neu einrichten; ein Neustart ist nicht nötig.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ClearedPage</name>
    <message>
        <source>The TPM was cleared</source>
        <translation>Das TPM wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>The old owner and every key it had are gone.</source>
        <translation>Der alte Besitzer und alle seine Schlüssel sind gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>%1 Press “Continue”: the wizard turns the TPM on again, asks for the restart, and then makes you its owner.</source>
        <translation>%1 Drücken Sie „Weiter“: Der Assistent schaltet das TPM wieder ein, bittet um den Neustart und macht Sie dann zum Besitzer.</translation>
    </message>
    <message>
        <source>%1 Press “Continue”: the wizard sets it up again with a new lockout password.</source>
        <translation>%1 Drücken Sie „Weiter“: Der Assistent richtet ihn mit einem neuen Sperrpasswort wieder ein.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::CommandRebooter</name>
    <message>
        <source>The restart command failed (exit status %1).</source>
        <translation>Der Befehl für den Neustart ist fehlgeschlagen (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The restart command could not be started.</source>
        <translation>Der Befehl für den Neustart konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::DonePage</name>
    <message>
        <source>Your TPM is ready</source>
        <translation>Ihr TPM ist bereit</translation>
    </message>
    <message>
        <source>The TPM (%1) is on, active and owned by you; it accepted your owner password.</source>
        <translation>Das TPM (%1) ist eingeschaltet, aktiv und in Ihrem Besitz; es hat Ihr Besitzerpasswort angenommen.</translation>
    </message>
    <message>
        <source>The TPM (%1) is on, active and owned.</source>
        <translation>Das TPM (%1) ist eingeschaltet, aktiv und hat einen Besitzer.</translation>
    </message>
    <message>
        <source>The wizard did not keep the password anywhere: make sure you have it.</source>
        <translation>Der Assistent hat das Passwort nirgends aufbewahrt: Stellen Sie sicher, dass Sie es haben.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What next:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heads: use the TPM options in its menu to reset the TPM-backed secrets with this owner password.&lt;/li&gt;&lt;li&gt;tpm-tools: commands such as &lt;i&gt;tpm_nvdefine&lt;/i&gt; or &lt;i&gt;tpm_setclearable&lt;/i&gt; ask for this owner password.&lt;/li&gt;&lt;li&gt;Disk encryption and attestation tools can now create keys under the storage root key.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Wie es weitergeht:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heads: Setzen Sie über die TPM-Optionen im Heads-Menü die TPM-gestützten Geheimnisse mit diesem Besitzerpasswort neu.&lt;/li&gt;&lt;li&gt;tpm-tools: Befehle wie &lt;i&gt;tpm_nvdefine&lt;/i&gt; oder &lt;i&gt;tpm_setclearable&lt;/i&gt; fragen nach diesem Besitzerpasswort.&lt;/li&gt;&lt;li&gt;Werkzeuge für Festplattenverschlüsselung und Attestierung können jetzt Schlüssel unter dem Speicherstammschlüssel erzeugen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Everything is set up.</source>
        <translation>Alles ist eingerichtet.</translation>
    </message>
    <message>
        <source>Your owner password is kept in:%1</source>
        <comment>%1: a list of places</comment>
        <translation>Ihr Besitzerpasswort wird aufbewahrt in:%1</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Besitzerpasswort</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the owner password</source>
        <translation>Besitzerpasswort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the owner password</source>
        <translation>Besitzerpasswort verbergen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the owner password</source>
        <translation>Besitzerpasswort kopieren</translation>
    </message>
    <message>
        <source>The password is on the clipboard; paste it where it belongs, then copy something else over it.</source>
        <translation>Das Passwort ist in der Zwischenablage; fügen Sie es dort ein, wo es hingehört, und kopieren Sie danach etwas anderes darüber.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the owner password</source>
        <translation>Besitzerpasswort drucken</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Kopie s&amp;peichern …</translation>
    </message>
    <message>
        <source>Save a copy of the owner password to a file</source>
        <translation>Eine Kopie des Besitzerpassworts in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save for &amp;Windows (.tpm)…</source>
        <translation>Für Wi&amp;ndows speichern (.tpm) …</translation>
    </message>
    <message>
        <source>Save the owner password as a Windows .tpm file</source>
        <translation>Besitzerpasswort als Windows-.tpm-Datei speichern</translation>
    </message>
    <message>
        <source>The storage root key password is the well-known one.</source>
        <translation>Das Passwort des Speicher-Stammschlüssels ist das allgemein bekannte.</translation>
    </message>
    <message>
        <source>The storage root key password is your owner password.</source>
        <translation>Das Passwort des Speicher-Stammschlüssels ist Ihr Besitzerpasswort.</translation>
    </message>
    <message>
        <source>The storage root key password was set before this wizard; it does not know it.</source>
        <translation>Das Passwort des Speicher-Stammschlüssels wurde vor diesem Assistenten festgelegt; er kennt es nicht.</translation>
    </message>
    <message>
        <source>%1 It is set for: %2. %3</source>
        <translation>%1 Es ist festgelegt für: %2. %3</translation>
    </message>
    <message>
        <source>Keep a second copy away from this computer — a printout, or a file on a USB stick — so a broken disk does not take the only copy with it.</source>
        <translation>Bewahren Sie eine zweite Kopie fern von diesem Computer auf – einen Ausdruck oder eine Datei auf einem USB-Stick –, damit eine defekte Festplatte nicht die einzige Kopie mitnimmt.</translation>
    </message>
    <message>
        <source>Save a copy of the owner password</source>
        <translation>Eine Kopie des Besitzerpassworts speichern</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation>Gespeichert in %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Konnte nicht in %1 speichern: %2</translation>
    </message>
    <message>
        <source>Save the Windows owner file</source>
        <translation>Windows-Besitzerdatei speichern</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). Windows&apos; TPM console (tpm.msc) accepts it as the owner password file.</source>
        <translation>Gespeichert in %1 (nur für Sie lesbar). Die TPM-Konsole von Windows (tpm.msc) nimmt sie als Besitzerpasswortdatei an.</translation>
    </message>
    <message>
        <source>The password was printed.</source>
        <translation>Das Passwort wurde gedruckt.</translation>
    </message>
    <message>
        <source>The TPM 2.0 (%1) is set up: the shared storage key is there, guessing is limited, and it accepted your new lockout password.</source>
        <translation>Der TPM 2.0 (%1) ist eingerichtet: Der gemeinsame Speicherschlüssel ist vorhanden, Erraten ist begrenzt, und er hat Ihr neues Sperrpasswort angenommen.</translation>
    </message>
    <message>
        <source>The TPM 2.0 (%1) accepted your lockout password.</source>
        <translation>Der TPM 2.0 (%1) hat Ihr Sperrpasswort angenommen.</translation>
    </message>
    <message>
        <source>The wizard did not keep the lockout password anywhere: make sure you have it.</source>
        <translation>Der Assistent hat das Sperrpasswort nirgends aufbewahrt: Stellen Sie sicher, dass Sie es haben.</translation>
    </message>
    <message>
        <source>Your lockout password is kept in:%1</source>
        <comment>%1: a list of places</comment>
        <translation>Ihr Sperrpasswort wird aufbewahrt in:%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;What next:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Disk encryption: &lt;i&gt;systemd-cryptenroll --tpm2-device=auto&lt;/i&gt; and clevis now keep their keys under the shared storage key; they need no password from you.&lt;/li&gt;&lt;li&gt;tpm2-tools: &lt;i&gt;tpm2_dictionarylockout&lt;/i&gt; and &lt;i&gt;tpm2_clear&lt;/i&gt; ask for the lockout password (&lt;i&gt;-p str:…&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;Keep the lockout password: it is the only way to clear this TPM without the firmware.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Wie es weitergeht:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Festplattenverschlüsselung: &lt;i&gt;systemd-cryptenroll --tpm2-device=auto&lt;/i&gt; und clevis legen ihre Schlüssel jetzt unter dem gemeinsamen Speicherschlüssel ab; sie brauchen kein Passwort von Ihnen.&lt;/li&gt;&lt;li&gt;tpm2-tools: &lt;i&gt;tpm2_dictionarylockout&lt;/i&gt; und &lt;i&gt;tpm2_clear&lt;/i&gt; fragen nach dem Sperrpasswort (&lt;i&gt;-p str:…&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;Bewahren Sie das Sperrpasswort auf: Nur damit lässt sich dieser TPM ohne die Firmware löschen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Sperrpasswort</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>Der Schritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 did not work.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Already tried:</source>
        <translation>Bereits versucht:</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Was Sie jetzt tun können:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the problem report</source>
        <translation>Den Problembericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the problem report to a file</source>
        <translation>Den Problembericht in einer Datei speichern</translation>
    </message>
    <message>
        <source>S&amp;tart the TPM</source>
        <translation>TPM s&amp;tarten</translation>
    </message>
    <message>
        <source>Start the TPM and try again</source>
        <translation>Das TPM starten und erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <source>Could not save the report to %1.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sto&amp;p tcsd</source>
        <translation>tcsd &amp;beenden</translation>
    </message>
    <message>
        <source>Stop the tcsd service so the wizard can use the TPM</source>
        <translation>Den Dienst tcsd beenden, damit der Assistent das TPM verwenden kann</translation>
    </message>
    <message>
        <source>Stop tcsd?</source>
        <translation>tcsd beenden?</translation>
    </message>
    <message>
        <source>tcsd, the TrouSerS daemon that tpm-tools talk through, holds the TPM. The wizard stops it now (your administrator password may be asked for). tpm-tools do not work until it is started again with “sudo systemctl start tcsd”. Continue?</source>
        <translation>tcsd, der TrouSerS-Dienst, über den tpm-tools arbeiten, belegt das TPM. Der Assistent beendet ihn jetzt (möglicherweise wird nach Ihrem Administratorpasswort gefragt). tpm-tools funktionieren erst wieder, wenn er mit „sudo systemctl start tcsd“ neu gestartet wird. Fortfahren?</translation>
    </message>
    <message>
        <source>Stopping tcsd…</source>
        <translation>tcsd wird beendet …</translation>
    </message>
    <message>
        <source>tcsd was stopped. Press Retry.</source>
        <translation>tcsd wurde beendet. Drücken Sie „Wiederholen“.</translation>
    </message>
    <message>
        <source>tcsd was stopped.</source>
        <translation>tcsd wurde beendet.</translation>
    </message>
    <message>
        <source>Stopped tcsd.</source>
        <translation>tcsd beendet.</translation>
    </message>
    <message>
        <source>tcsd could not be stopped: %1</source>
        <translation>tcsd konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>Save to a &amp;file instead…</source>
        <translation>Stattdessen in einer &amp;Datei speichern …</translation>
    </message>
    <message>
        <source>Save the password to a file instead</source>
        <translation>Das Passwort stattdessen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technische Details verbergen</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::FirmwarePage</name>
    <message>
        <source>Change a setting in the firmware</source>
        <translation>Eine Firmware-Einstellung ändern</translation>
    </message>
    <message>
        <source>The computer&apos;s firmware does not let the operating system change the TPM now. This takes a visit to the firmware setup.</source>
        <translation>Die Firmware des Computers lässt das Betriebssystem das TPM derzeit nicht ändern. Dazu ist ein Besuch im Firmware-Setup nötig.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Read the TPM again</source>
        <translation>Das TPM erneut auslesen</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Auslesen des TPM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step title: why it is blocked</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The firmware keeps the operating system from switching the TPM on.</source>
        <translation>Die Firmware hindert das Betriebssystem daran, das TPM einzuschalten.</translation>
    </message>
    <message>
        <source>Restart the computer and open the firmware setup (%1, right after switching on).</source>
        <translation>Starten Sie den Computer neu und öffnen Sie das Firmware-Setup (%1, direkt nach dem Einschalten).</translation>
    </message>
    <message>
        <source>Restart the computer and open the firmware setup: on this %1, press %2 right after switching on.</source>
        <translation>Starten Sie den Computer neu und öffnen Sie das Firmware-Setup: Drücken Sie an diesem %1 direkt nach dem Einschalten %2.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Go to %2.&lt;/li&gt;&lt;li&gt;Set the security chip to &lt;b&gt;Active&lt;/b&gt; (or &lt;b&gt;Enabled&lt;/b&gt;). If there is an option to allow the operating system to manage the TPM, or to allow owner installation, switch it on.&lt;/li&gt;&lt;li&gt;Save and exit (often F10). Log in again: the wizard continues.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Gehen Sie zu %2.&lt;/li&gt;&lt;li&gt;Stellen Sie den Sicherheitschip auf &lt;b&gt;Active&lt;/b&gt; (oder &lt;b&gt;Enabled&lt;/b&gt;). Gibt es eine Option, die dem Betriebssystem die Verwaltung des TPM oder die Besitzübernahme erlaubt, schalten Sie sie ein.&lt;/li&gt;&lt;li&gt;Speichern und beenden (oft F10). Melden Sie sich wieder an: Der Assistent macht weiter.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Ask the &amp;firmware to turn it on</source>
        <translation>Die &amp;Firmware bitten, ihn einzuschalten</translation>
    </message>
    <message>
        <source>Ask the firmware to turn the TPM on at the next start</source>
        <translation>Die Firmware bitten, den TPM beim nächsten Start einzuschalten</translation>
    </message>
    <message>
        <source>This computer&apos;s firmware can make the change itself: the wizard asks it to, and at the next start the firmware asks you to confirm (press the key it names). Or change the setting by hand:</source>
        <translation>Die Firmware dieses Computers kann die Änderung selbst vornehmen: Der Assistent bittet sie darum, und beim nächsten Start fragt die Firmware Sie nach einer Bestätigung (drücken Sie die Taste, die sie nennt). Oder ändern Sie die Einstellung von Hand:</translation>
    </message>
    <message>
        <source>Ask the firmware?</source>
        <translation>Die Firmware bitten?</translation>
    </message>
    <message>
        <source>The firmware is asked to turn the TPM on and activate it at the next start; it asks you to confirm there. Continue?</source>
        <translation>Die Firmware wird gebeten, den TPM beim nächsten Start einzuschalten und zu aktivieren; sie fragt dort nach Ihrer Bestätigung. Fortfahren?</translation>
    </message>
    <message>
        <source>Asking the firmware to turn the TPM on</source>
        <translation>Die Firmware bitten, den TPM einzuschalten</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::IntroPage</name>
    <message>
        <source>Your TPM</source>
        <translation>Ihr TPM</translation>
    </message>
    <message>
        <source>Reading the TPM…</source>
        <translation>TPM wird ausgelesen …</translation>
    </message>
    <message>
        <source>The chip</source>
        <translation>Der Chip</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>Sein Zustand</translation>
    </message>
    <message>
        <source>What the wizard will do</source>
        <translation>Was der Assistent tun wird</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What you will need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>&amp;Read the TPM again</source>
        <translation>TPM erneut &amp;auslesen</translation>
    </message>
    <message>
        <source>Read the TPM again</source>
        <translation>Das TPM erneut auslesen</translation>
    </message>
    <message>
        <source>The TPM&apos;s state could not be read.</source>
        <translation>Der Zustand des TPM konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Auslesen des TPM</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>TPM version:</source>
        <translation>TPM-Version:</translation>
    </message>
    <message>
        <source>Chip version:</source>
        <translation>Chip-Version:</translation>
    </message>
    <message>
        <source>Endorsement key:</source>
        <translation>Endorsement Key:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>A restart of the computer (the wizard opens again after you log in).</source>
        <translation>Einen Neustart des Computers (der Assistent öffnet sich nach der Anmeldung wieder).</translation>
    </message>
    <message>
        <source>A visit to the firmware setup (the wizard shows what to change).</source>
        <translation>Einen Besuch im Firmware-Setup (der Assistent zeigt, was zu ändern ist).</translation>
    </message>
    <message>
        <source>The TPM&apos;s current owner password, or agreement to clear the TPM.</source>
        <translation>Das aktuelle Besitzerpasswort des TPM oder Ihr Einverständnis, das TPM zurückzusetzen.</translation>
    </message>
    <message>
        <source>An owner password: the wizard suggests a strong one and keeps it in your keyring.</source>
        <translation>Ein Besitzerpasswort: Der Assistent schlägt ein starkes vor und bewahrt es in Ihrem Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>An administrator password when the system asks for it.</source>
        <translation>Ein Administratorpasswort, wenn das System danach fragt.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a flag&apos;s name in the form</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your TPM&apos;s state and the plan</source>
        <translation>Zustand Ihres TPM und der Plan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the chip&apos;s details</source>
        <translation>Details des Chips anzeigen</translation>
    </message>
    <message>
        <source>Hide the chip&apos;s details</source>
        <translation>Details des Chips verbergen</translation>
    </message>
    <message>
        <source>Your TPM needs a change in the firmware setup: the wizard cannot turn it on from here. The next page shows what to change.</source>
        <translation>Ihr TPM braucht eine Änderung im Firmware-Setup: Der Assistent kann es von hier aus nicht einschalten. Die nächste Seite zeigt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Your TPM is turned off. The wizard can turn it on and make you its owner.</source>
        <translation>Ihr TPM ist ausgeschaltet. Der Assistent kann es einschalten und Sie zu seinem Besitzer machen.</translation>
    </message>
    <message>
        <source>Ready to turn on the TPM: “Turn on the TPM” confirms that you are at the computer, switches the TPM on and activates it. Nothing is deleted; the firmware setup can switch it off again.</source>
        <translation>Bereit zum Einschalten: „TPM einschalten“ bestätigt, dass Sie am Computer sind, schaltet das TPM ein und aktiviert es. Nichts wird gelöscht; im Firmware-Setup lässt es sich wieder ausschalten.</translation>
    </message>
    <message>
        <source>Your TPM is on. The wizard tests it and prepares it for an owner.</source>
        <translation>Ihr TPM ist eingeschaltet. Der Assistent prüft es und bereitet es für einen Besitzer vor.</translation>
    </message>
    <message>
        <source>Your TPM is on and becomes active after a restart.</source>
        <translation>Ihr TPM ist eingeschaltet und wird nach einem Neustart aktiv.</translation>
    </message>
    <message>
        <source>Your TPM is on and has no owner yet. The wizard can make you its owner.</source>
        <translation>Ihr TPM ist eingeschaltet und hat noch keinen Besitzer. Der Assistent kann Sie zu seinem Besitzer machen.</translation>
    </message>
    <message>
        <source>Owned by you — the owner password is in your keyring.</source>
        <translation>In Ihrem Besitz – das Besitzerpasswort ist in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Your TPM already has an owner.</source>
        <translation>Ihr TPM hat bereits einen Besitzer.</translation>
    </message>
    <message>
        <source>Your TPM is set up and owned by you.</source>
        <translation>Ihr TPM ist eingerichtet und in Ihrem Besitz.</translation>
    </message>
    <message>
        <source>&amp;Turn on the TPM</source>
        <translation>TPM &amp;einschalten</translation>
    </message>
    <message>
        <source>Nothing more.</source>
        <translation>Nichts weiter.</translation>
    </message>
    <message>
        <source>This wizard sets up the computer&apos;s security chip (TPM): it turns it on where needed, makes you its owner and keeps your password safe.</source>
        <translation>Dieser Assistent richtet den Sicherheitschip (TPM) des Computers ein: Er schaltet ihn bei Bedarf ein, macht Sie zu seinem Besitzer und bewahrt Ihr Passwort sicher auf.</translation>
    </message>
    <message>
        <source>This wizard sets up TPM 1.2 and TPM 2.0 chips; this computer&apos;s TPM is “%1”.</source>
        <translation>Dieser Assistent richtet TPM-1.2- und TPM-2.0-Chips ein; der TPM dieses Computers ist „%1“.</translation>
    </message>
    <message>
        <source>The firmware cleared the TPM at the last start, as you asked.</source>
        <translation>Die Firmware hat den TPM beim letzten Start gelöscht, wie Sie es wollten.</translation>
    </message>
    <message>
        <source>The firmware carried out the last request.</source>
        <translation>Die Firmware hat die letzte Anfrage ausgeführt.</translation>
    </message>
    <message>
        <source>You rejected the request in the firmware at the last start; nothing changed.</source>
        <translation>Sie haben die Anfrage beim letzten Start in der Firmware abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The firmware could not carry out the last request (its answer: 0x%1); nothing changed.</source>
        <translation>Die Firmware konnte die letzte Anfrage nicht ausführen (ihre Antwort: 0x%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 is ready to be set up. The wizard creates the shared storage key and sets a lockout password; other programs such as disk encryption keep working.</source>
        <translation>Ihr TPM 2.0 kann eingerichtet werden. Der Assistent legt den gemeinsamen Speicherschlüssel an und setzt ein Sperrpasswort; andere Programme wie die Festplattenverschlüsselung funktionieren weiter.</translation>
    </message>
    <message>
        <source>Set up by you — the lockout password is in your keyring.</source>
        <translation>Von Ihnen eingerichtet — das Sperrpasswort ist in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 already has passwords that this wizard did not set (Windows, a previous owner or the firmware set them).</source>
        <translation>Ihr TPM 2.0 hat bereits Passwörter, die dieser Assistent nicht gesetzt hat (Windows, ein früherer Besitzer oder die Firmware hat sie gesetzt).</translation>
    </message>
    <message>
        <source>Your TPM 2.0 is set up, and you have its lockout password.</source>
        <translation>Ihr TPM 2.0 ist eingerichtet, und Sie haben sein Sperrpasswort.</translation>
    </message>
    <message>
        <source>A lockout password: the wizard suggests a strong one and keeps it in your keyring.</source>
        <translation>Ein Sperrpasswort: Der Assistent schlägt ein starkes vor und bewahrt es in Ihrem Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>The lockout password that was set, or agreement to clear the TPM.</source>
        <translation>Das gesetzte Sperrpasswort, oder Ihr Einverständnis, den TPM zu löschen.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 has not been started since it was reset (the firmware normally does that at every boot), so it cannot be read. Restart the computer, then open this wizard again.</source>
        <translation>Ihr TPM 2.0 wurde seit dem letzten Zurücksetzen nicht gestartet (das macht normalerweise die Firmware bei jedem Start), daher lässt er sich nicht lesen. Starten Sie den Computer neu und öffnen Sie diesen Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 did not report its state; read it again, or restart the computer.</source>
        <translation>Ihr TPM 2.0 hat seinen Zustand nicht gemeldet; lesen Sie ihn erneut oder starten Sie den Computer neu.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::KeychainStore</name>
    <message>
        <source>The keyring refused to store the password: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts abgelehnt: %1</translation>
    </message>
    <message>
        <source>The password was stored but could not be read back from the keyring: %1</source>
        <translation>Das Passwort wurde gespeichert, konnte aber nicht aus dem Schlüsselbund zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>The keyring returned a different password than the one stored.</source>
        <translation>Der Schlüsselbund hat ein anderes Passwort zurückgegeben als das gespeicherte.</translation>
    </message>
    <message>
        <source>The keyring entry could not be read.</source>
        <translation>Der Schlüsselbund-Eintrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The keyring holds no password for this TPM.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für dieses TPM.</translation>
    </message>
    <message>
        <source>your desktop keyring (application “%1”)</source>
        <translation>Ihrem Schlüsselbund (Anwendung „%1“)</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::LogindRebooter</name>
    <message>
        <source>The computer could not be restarted from here (%1). Please restart it from the system menu.</source>
        <translation>Der Computer konnte von hier aus nicht neu gestartet werden (%1). Bitte starten Sie ihn über das Systemmenü neu.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::OwnershipPage</name>
    <message>
        <source>Taking ownership</source>
        <translation>Besitz wird übernommen</translation>
    </message>
    <message>
        <source>The TPM now creates its storage root key. This can take a few minutes; the window stays usable.</source>
        <translation>Das TPM erzeugt jetzt seinen Speicherstammschlüssel (SRK). Das kann einige Minuten dauern; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>Progress of taking ownership</source>
        <translation>Fortschritt der Besitzübernahme</translation>
    </message>
    <message>
        <source>Keep the password in %1</source>
        <translation>Passwort in %1 aufbewahren</translation>
    </message>
    <message>
        <source>Saved, then read back and compared.</source>
        <translation>Gespeichert, zurückgelesen und verglichen.</translation>
    </message>
    <message>
        <source>Not sent: the password is not safely kept yet.</source>
        <translation>Nicht gesendet: Das Passwort ist noch nicht sicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Nothing was sent to the TPM. Go back to choose another place for the password, or fix the problem and try again.</source>
        <translation>An das TPM wurde nichts gesendet. Gehen Sie zurück und wählen Sie einen anderen Ort für das Passwort, oder beheben Sie das Problem und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Keeping the owner password</source>
        <translation>Aufbewahren des Besitzerpassworts</translation>
    </message>
    <message>
        <source>Nothing was sent to the TPM: it stays without an owner.</source>
        <translation>An das TPM wurde nichts gesendet: Es bleibt ohne Besitzer.</translation>
    </message>
    <message>
        <source>The password could not be turned into an owner secret.</source>
        <translation>Aus dem Passwort konnte kein Besitzergeheimnis berechnet werden.</translation>
    </message>
    <message>
        <source>Elapsed %1.</source>
        <translation>Vergangen: %1.</translation>
    </message>
    <message>
        <source>On the way: %1</source>
        <translation>Unterwegs: %1</translation>
    </message>
    <message>
        <source>The TPM now has an owner. Check your password on the next page.</source>
        <translation>Das TPM hat jetzt einen Besitzer. Prüfen Sie Ihr Passwort auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Auslesen des TPM</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Steps to take ownership</source>
        <translation>Schritte zur Besitzübernahme</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The desktop keyring could not keep the password.</source>
        <translation>Der Schlüsselbund konnte das Passwort nicht aufbewahren.</translation>
    </message>
    <message>
        <source>No keyring (such as GNOME Keyring or KWallet) is running, or it did not accept the password.</source>
        <translation>Kein Schlüsselbund (etwa GNOME Keyring oder KWallet) läuft, oder er hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Save the password to a file instead (only you can read it), or start your keyring and press Retry.</source>
        <translation>Speichern Sie das Passwort stattdessen in einer Datei (nur Sie können sie lesen), oder starten Sie Ihren Schlüsselbund und drücken Sie „Wiederholen“.</translation>
    </message>
    <message>
        <source>Save the owner password to a file</source>
        <translation>Besitzerpasswort in einer Datei speichern</translation>
    </message>
    <message>
        <source>%1: running for %2.</source>
        <translation>%1: läuft seit %2.</translation>
    </message>
    <message>
        <source>%1 The TPM allows itself %2 for this kind of step; most chips need much less.</source>
        <translation>%1 Das TPM nimmt sich für diese Art Schritt %2; die meisten Chips brauchen viel weniger.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>einige Sekunden</translation>
    </message>
    <message>
        <source>up to a minute</source>
        <translation>bis zu einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>bis zu %n Minute</numerusform>
            <numerusform>bis zu %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting up the TPM</source>
        <translation>Den TPM einrichten</translation>
    </message>
    <message>
        <source>The TPM now creates its storage key and takes the lockout password. This takes a few seconds.</source>
        <translation>Der TPM legt jetzt seinen Speicherschlüssel an und übernimmt das Sperrpasswort. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>The TPM is set up and your lockout password works.</source>
        <translation>Der TPM ist eingerichtet, und Ihr Sperrpasswort funktioniert.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::PageBase</name>
    <message>
        <source>The TPM&apos;s state could not be understood.</source>
        <translation>Der Zustand des TPM konnte nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>The helper stopped before the job finished.</source>
        <translation>Der Hilfsdienst wurde beendet, bevor der Auftrag abgeschlossen war.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::PasswordPage</name>
    <message>
        <source>Owner password</source>
        <translation>Besitzerpasswort</translation>
    </message>
    <message>
        <source>Whoever knows the owner password controls the TPM. The wizard keeps it for you before the TPM is told about it.</source>
        <translation>Wer das Besitzerpasswort kennt, kontrolliert das TPM. Der Assistent bewahrt es für Sie auf, bevor das TPM es erfährt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Use this strong passphrase (recommended)</source>
        <translation>Diese starke Passphrase &amp;verwenden (empfohlen)</translation>
    </message>
    <message>
        <source>Use a generated passphrase</source>
        <translation>Eine erzeugte Passphrase verwenden</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Erzeugte Passphrase</translation>
    </message>
    <message>
        <source>Generate a different passphrase</source>
        <translation>Eine andere Passphrase erzeugen</translation>
    </message>
    <message>
        <source>&amp;Type my own password</source>
        <translation>Eigenes Passwort &amp;eingeben</translation>
    </message>
    <message>
        <source>Type my own password</source>
        <translation>Eigenes Passwort eingeben</translation>
    </message>
    <message>
        <source>Repeat the owner password</source>
        <translation>Besitzerpasswort wiederholen</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Which software will use this password?</source>
        <translation>Welche Software wird dieses Passwort verwenden?</translation>
    </message>
    <message>
        <source>Linux tools: tpm-tools, TrouSerS, Heads (recommended)</source>
        <translation>Linux-Werkzeuge: tpm-tools, TrouSerS, Heads (empfohlen)</translation>
    </message>
    <message>
        <source>Compatible with tpm-tools and Heads</source>
        <translation>Kompatibel mit tpm-tools und Heads</translation>
    </message>
    <message>
        <source>Compatible with Windows</source>
        <translation>Kompatibel mit Windows</translation>
    </message>
    <message>
        <source>The TPM stores a fingerprint of the password, and programs compute it in different ways. Pick the one you will type it into later.</source>
        <translation>Das TPM speichert einen Fingerabdruck des Passworts, und Programme berechnen ihn unterschiedlich. Wählen Sie das Programm, in das Sie es später eingeben werden.</translation>
    </message>
    <message>
        <source>Use the &amp;well-known storage key password (recommended)</source>
        <translation>Das &amp;allgemein bekannte Passwort für den Speicherschlüssel verwenden (empfohlen)</translation>
    </message>
    <message>
        <source>Use the well-known storage root key password</source>
        <translation>Das allgemein bekannte Passwort für den Speicherstammschlüssel verwenden</translation>
    </message>
    <message>
        <source>Most TPM software expects it; your owner password still protects the TPM. Without it, the storage key gets the owner password too.</source>
        <translation>Die meiste TPM-Software erwartet es; Ihr Besitzerpasswort schützt das TPM trotzdem. Ohne diese Wahl erhält der Speicherschlüssel ebenfalls das Besitzerpasswort.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Wo es aufbewahrt wird</translation>
    </message>
    <message>
        <source>In my &amp;desktop keyring (recommended)</source>
        <translation>In meinem &amp;Schlüsselbund (empfohlen)</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring</source>
        <translation>Das Passwort im Schlüsselbund der Arbeitsumgebung aufbewahren</translation>
    </message>
    <message>
        <source>In a &amp;recovery file, readable only by me</source>
        <translation>In einer Wieder&amp;herstellungsdatei, nur für mich lesbar</translation>
    </message>
    <message>
        <source>Keep the password in a recovery file</source>
        <translation>Das Passwort in einer Wiederherstellungsdatei aufbewahren</translation>
    </message>
    <message>
        <source>Recovery file</source>
        <translation>Wiederherstellungsdatei</translation>
    </message>
    <message>
        <source>Choose the recovery file</source>
        <translation>Wiederherstellungsdatei wählen</translation>
    </message>
    <message>
        <source>Print the password</source>
        <translation>Das Passwort drucken</translation>
    </message>
    <message>
        <source>The wizard saves the password and reads it back before it sets it on the TPM. A printed copy cannot be checked, so it is kept in addition to the keyring or the file.</source>
        <translation>Der Assistent speichert das Passwort und liest es zurück, bevor er es im TPM setzt. Eine gedruckte Kopie lässt sich nicht prüfen; sie kommt daher nur zusätzlich zum Schlüsselbund oder zur Datei in Frage.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Type a password, at least 8 characters.</source>
        <translation>Geben Sie ein Passwort mit mindestens 8 Zeichen ein.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use more words or characters.</source>
        <translation>Schwach: leicht zu erraten. Verwenden Sie mehr Wörter oder Zeichen.</translation>
    </message>
    <message>
        <source>Fair: acceptable; longer is better.</source>
        <translation>Mittel: akzeptabel; länger ist besser.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>About %1 bits of randomness: practically impossible to guess.</source>
        <translation>Etwa %1 Bit Zufall: praktisch nicht zu erraten.</translation>
    </message>
    <message>
        <source>Choose the keyring or a recovery file: the password must be kept somewhere the wizard can check.</source>
        <translation>Wählen Sie den Schlüsselbund oder eine Wiederherstellungsdatei: Das Passwort muss an einem Ort liegen, den der Assistent prüfen kann.</translation>
    </message>
    <message>
        <source>This password cannot be used with the chosen software.</source>
        <translation>Dieses Passwort kann mit der gewählten Software nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 The two passwords differ.</source>
        <translation>%1 Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Owner password choices</source>
        <translation>Einstellungen zum Besitzerpasswort</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Show the advanced choices</source>
        <translation>Erweiterte Auswahl anzeigen</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: other software, storage key password</source>
        <translation>Erwei&amp;tert: andere Software, Passwort des Speicherschlüssels</translation>
    </message>
    <message>
        <source>Hide the advanced choices</source>
        <translation>Erweiterte Auswahl verbergen</translation>
    </message>
    <message>
        <source>Ready to take ownership: “Take ownership” keeps the password where you chose and reads it back, then makes you the TPM&apos;s owner. Only clearing the TPM undoes this.</source>
        <translation>Bereit zur Besitzübernahme: „Besitz übernehmen“ bewahrt das Passwort am gewählten Ort auf, liest es zurück und macht Sie dann zum Besitzer des TPM. Nur ein Zurücksetzen des TPM macht das rückgängig.</translation>
    </message>
    <message>
        <source>Ta&amp;ke ownership</source>
        <translation>Besitz ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Windows (its TPM console, tpm.msc)</source>
        <translation>Windows (seine TPM-Konsole, tpm.msc)</translation>
    </message>
    <message>
        <source>Older TPM software that asks in a pop-up window (rarely needed)</source>
        <translation>Ältere TPM-Software, die in einem Dialogfenster fragt (selten nötig)</translation>
    </message>
    <message>
        <source>Compatible with older pop-up password prompts</source>
        <translation>Kompatibel mit älteren Passwortabfragen in Dialogfenstern</translation>
    </message>
    <message>
        <source>&amp;Print a copy as well, to keep away from the computer</source>
        <translation>Zusätzlich eine Kopie ausdruc&amp;ken, fern vom Computer aufzubewahren</translation>
    </message>
    <message>
        <source>Keep a second copy away from this computer as well — a printout, or the recovery file copied to a USB stick — so a broken disk does not take the only copy with it.</source>
        <translation>Bewahren Sie außerdem eine zweite Kopie fern von diesem Computer auf – einen Ausdruck oder die Wiederherstellungsdatei auf einem USB-Stick –, damit eine defekte Festplatte nicht die einzige Kopie mitnimmt.</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Sperrpasswort</translation>
    </message>
    <message>
        <source>The lockout password can clear the TPM and end a lockout; other programs never need it. The wizard keeps it for you before the TPM is told about it.</source>
        <translation>Mit dem Sperrpasswort lässt sich der TPM löschen und eine Sperre aufheben; andere Programme brauchen es nie. Der Assistent bewahrt es für Sie auf, bevor der TPM es erfährt.</translation>
    </message>
    <message>
        <source>Repeat the lockout password</source>
        <translation>Das Sperrpasswort wiederholen</translation>
    </message>
    <message>
        <source>Ready to set up the TPM: “Set up the TPM” keeps the password where you chose and reads it back, then creates the storage key, sets the protection against guessing and the lockout password, and checks the result.</source>
        <translation>Bereit zum Einrichten: „TPM einrichten“ bewahrt das Passwort am gewählten Ort auf und liest es zurück, legt dann den Speicherschlüssel an, setzt den Schutz gegen Erraten und das Sperrpasswort und prüft das Ergebnis.</translation>
    </message>
    <message>
        <source>A lockout password is at most %1 bytes (letters outside ASCII take two or more). Use a shorter one.</source>
        <translation>Ein Sperrpasswort hat höchstens %1 Bytes (Zeichen außerhalb von ASCII belegen zwei oder mehr). Verwenden Sie ein kürzeres.</translation>
    </message>
    <message>
        <source>&amp;Set up the TPM</source>
        <translation>TPM ein&amp;richten</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::PrintStore</name>
    <message>
        <source>the printed copy</source>
        <translation>der gedruckten Kopie</translation>
    </message>
    <message>
        <source>Print the owner password</source>
        <translation>Besitzerpasswort drucken</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you alone.</source>
        <translation>%1 kann nicht so eingestellt werden, dass nur Sie es lesen können.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ProvisioningWizard</name>
    <message>
        <source>TPM Provisioner</source>
        <translation>TPM-Einrichtung</translation>
    </message>
    <message>
        <source>Stop setting up the TPM?</source>
        <translation>Einrichtung des TPM beenden?</translation>
    </message>
    <message>
        <source>%1

Start TPM Provisioner again at any time: it continues where it stopped. Stop now?</source>
        <translation>%1

Starten Sie TPM Provisioner jederzeit erneut: Er macht dort weiter, wo er aufgehört hat. Jetzt beenden?</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::RecoveryFileStore</name>
    <message>
        <source>the recovery file %1</source>
        <translation>der Wiederherstellungsdatei %1</translation>
    </message>
    <message>
        <source>No file was chosen for the recovery file.</source>
        <translation>Für die Wiederherstellungsdatei wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>The recovery file %1 could not be written: %2</source>
        <translation>Die Wiederherstellungsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The recovery file %1 was written but could not be read back: %2</source>
        <translation>Die Wiederherstellungsdatei %1 wurde geschrieben, konnte aber nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The recovery file %1 does not hold the password that was written.</source>
        <translation>Die Wiederherstellungsdatei %1 enthält nicht das geschriebene Passwort.</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <source>The recovery file %1 already exists and holds another password, which may still be in use. Choose another file name.</source>
        <translation>Die Wiederherstellungsdatei %1 existiert bereits und enthält ein anderes Passwort, das vielleicht noch gebraucht wird. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::RestartPage</name>
    <message>
        <source>Restart required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>The TPM reads its new setting only while the computer starts.</source>
        <translation>Das TPM übernimmt seine neue Einstellung erst beim Start des Computers.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart the computer now</source>
        <translation>Den Computer jetzt neu starten</translation>
    </message>
    <message>
        <source>Please &lt;b&gt;power the computer off completely&lt;/b&gt; (not just restart), wait ten seconds and switch it on again: the TPM clears a failed self-test only when it loses power. Save your work first.</source>
        <translation>Bitte &lt;b&gt;schalten Sie den Computer vollständig aus&lt;/b&gt; (nicht nur neu starten), warten Sie zehn Sekunden und schalten Sie ihn wieder ein: Das TPM vergisst einen fehlgeschlagenen Selbsttest nur, wenn es stromlos wird. Speichern Sie vorher Ihre Arbeit.</translation>
    </message>
    <message>
        <source>The TPM is switched on and set to become active. Please restart the computer to finish this; save your work first. If the firmware asks whether to accept the TPM change during the restart, accept it (on some laptops: press F1 or Enter).</source>
        <translation>Das TPM ist eingeschaltet und wird beim nächsten Start aktiv. Bitte starten Sie den Computer neu, um dies abzuschließen; speichern Sie vorher Ihre Arbeit. Fragt die Firmware beim Neustart, ob die TPM-Änderung übernommen werden soll, bestätigen Sie (bei manchen Laptops mit F1 oder Eingabe).</translation>
    </message>
    <message>
        <source>The wizard opens again by itself after you log in and continues where it stopped.</source>
        <translation>Der Assistent öffnet sich nach der Anmeldung von selbst wieder und macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The wizard could not arrange to open again after the restart (%1). Start “TPM Provisioner” yourself after logging in.</source>
        <translation>Der Assistent konnte nicht einrichten, dass er sich nach dem Neustart wieder öffnet (%1). Starten Sie „TPM-Einrichtung“ nach der Anmeldung selbst.</translation>
    </message>
    <message>
        <source>Start “TPM Provisioner” again after the restart; it continues where it stopped.</source>
        <translation>Starten Sie „TPM-Einrichtung“ nach dem Neustart erneut; der Assistent macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>&amp;Power off now</source>
        <translation>Jetzt a&amp;usschalten</translation>
    </message>
    <message>
        <source>Restart the computer?</source>
        <translation>Computer neu starten?</translation>
    </message>
    <message>
        <source>The computer restarts now. Unsaved work in other programs is lost. Continue?</source>
        <translation>Der Computer wird jetzt neu gestartet. Nicht gespeicherte Arbeit in anderen Programmen geht verloren. Fortfahren?</translation>
    </message>
    <message>
        <source>Restarting the computer</source>
        <translation>Neustart des Computers</translation>
    </message>
    <message>
        <source>Power the computer off now</source>
        <translation>Den Computer jetzt ausschalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The firmware clears the TPM the next time the computer starts. Please &lt;b&gt;power the computer off&lt;/b&gt; and on again; save your work first. The firmware asks before it clears: on most computers press F12 to clear the TPM, or Esc to reject.</source>
        <translation>Die Firmware löscht den TPM beim nächsten Start des Computers. Bitte &lt;b&gt;schalten Sie den Computer aus&lt;/b&gt; und wieder ein; speichern Sie vorher Ihre Arbeit. Die Firmware fragt vor dem Löschen: Auf den meisten Computern drücken Sie F12 zum Löschen des TPM oder Esc zum Ablehnen.</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer restarts. Save your work first. The firmware asks before it clears: on most computers press F12 to clear the TPM, or Esc to reject.</source>
        <translation>Die Firmware löscht den TPM, während der Computer neu startet. Speichern Sie vorher Ihre Arbeit. Die Firmware fragt vor dem Löschen: Auf den meisten Computern drücken Sie F12 zum Löschen des TPM oder Esc zum Ablehnen.</translation>
    </message>
    <message>
        <source>Restart to clear the TPM</source>
        <translation>Neu starten, um den TPM zu löschen</translation>
    </message>
    <message>
        <source>The firmware turns the TPM on the next time the computer starts. Please &lt;b&gt;power the computer off&lt;/b&gt; and on again; save your work first. The firmware asks you to confirm the change: press the key it names.</source>
        <translation>Die Firmware schaltet den TPM beim nächsten Start des Computers ein. Bitte &lt;b&gt;schalten Sie den Computer aus&lt;/b&gt; und wieder ein; speichern Sie vorher Ihre Arbeit. Die Firmware fragt nach einer Bestätigung der Änderung: Drücken Sie die Taste, die sie nennt.</translation>
    </message>
    <message>
        <source>The firmware turns the TPM on while the computer restarts. Save your work first. The firmware asks you to confirm the change: press the key it names.</source>
        <translation>Die Firmware schaltet den TPM ein, während der Computer neu startet. Speichern Sie vorher Ihre Arbeit. Die Firmware fragt nach einer Bestätigung der Änderung: Drücken Sie die Taste, die sie nennt.</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer restarts. Save your work first. It asks you to confirm the clear: press the key it names. The wizard then continues.</source>
        <translation>Die Firmware löscht den TPM, während der Computer neu startet. Speichern Sie vorher Ihre Arbeit. Sie fragt nach einer Bestätigung des Löschens: Drücken Sie die Taste, die sie nennt. Danach macht der Assistent weiter.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>After the restart</source>
        <translation>Nach dem Neustart</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step title: its status</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::TurnOnPage</name>
    <message>
        <source>Turn on the TPM</source>
        <translation>TPM einschalten</translation>
    </message>
    <message>
        <source>The wizard now switches the TPM on, step by step. Your administrator password may be asked for.</source>
        <translation>Der Assistent schaltet das TPM jetzt Schritt für Schritt ein. Möglicherweise wird nach Ihrem Administratorpasswort gefragt.</translation>
    </message>
    <message>
        <source>The TPM was already started.</source>
        <translation>Das TPM war bereits gestartet.</translation>
    </message>
    <message>
        <source>The TPM had been reset and is now started.</source>
        <translation>Das TPM war zurückgesetzt worden und ist jetzt gestartet.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Auslesen des TPM</translation>
    </message>
    <message>
        <source>The TPM is on. It becomes active after a restart.</source>
        <translation>Das TPM ist eingeschaltet. Nach einem Neustart wird es aktiv.</translation>
    </message>
    <message>
        <source>The TPM is on and active.</source>
        <translation>Das TPM ist eingeschaltet und aktiv.</translation>
    </message>
    <message>
        <source>Steps to turn the TPM on</source>
        <translation>Schritte zum Einschalten des TPM</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::WizardContext</name>
    <message>
        <source>The TPM&apos;s state is not known.</source>
        <translation>Der Zustand des TPM ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The TPM was cleared: it has no owner and is turned off. Turning it on again takes one more restart.</source>
        <translation>Das TPM wurde zurückgesetzt: Es hat keinen Besitzer und ist ausgeschaltet. Es wieder einzuschalten, braucht einen weiteren Neustart.</translation>
    </message>
    <message>
        <source>The TPM is on and owned by you.</source>
        <translation>Das TPM ist eingeschaltet und in Ihrem Besitz.</translation>
    </message>
    <message>
        <source>The TPM is on and has an owner.</source>
        <translation>Das TPM ist eingeschaltet und hat einen Besitzer.</translation>
    </message>
    <message>
        <source>The TPM is turned on and becomes active after the next restart. It has no owner yet.</source>
        <translation>Das TPM ist eingeschaltet und wird nach dem nächsten Neustart aktiv. Es hat noch keinen Besitzer.</translation>
    </message>
    <message>
        <source>The TPM is on and active. It has no owner yet.</source>
        <translation>Das TPM ist eingeschaltet und aktiv. Es hat noch keinen Besitzer.</translation>
    </message>
    <message>
        <source>The TPM is turned off and has no owner.</source>
        <translation>Das TPM ist ausgeschaltet und hat keinen Besitzer.</translation>
    </message>
    <message>
        <source>The TPM is set up, and you have its lockout password.</source>
        <translation>Der TPM ist eingerichtet, und Sie haben sein Sperrpasswort.</translation>
    </message>
    <message>
        <source>The TPM has passwords that this wizard did not set.</source>
        <translation>Der TPM hat Passwörter, die dieser Assistent nicht gesetzt hat.</translation>
    </message>
    <message>
        <source>The TPM was cleared: it has no passwords and no storage key. Other programs can use it again once it is set up.</source>
        <translation>Der TPM wurde gelöscht: Er hat keine Passwörter und keinen Speicherschlüssel. Andere Programme können ihn wieder nutzen, sobald er eingerichtet ist.</translation>
    </message>
    <message>
        <source>The TPM is not set up yet: it has no lockout password.</source>
        <translation>Der TPM ist noch nicht eingerichtet: Er hat kein Sperrpasswort.</translation>
    </message>
</context>
</TS>
