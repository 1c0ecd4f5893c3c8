<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier pour %1.</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <source>Not needed: the TPM is already on.</source>
        <translation>Inutile : le TPM est déjà activé.</translation>
    </message>
    <message>
        <source>Presence is already confirmed for this start.</source>
        <translation>La présence est déjà confirmée pour ce démarrage.</translation>
    </message>
    <message>
        <source>This chip does not let software confirm presence, ever, so it can only be turned on in the firmware setup. In the firmware setup (on ThinkPads: Security &gt; Security Chip; elsewhere usually Security &gt; TPM), set the security chip to Active/Enabled, save and restart.</source>
        <translation>Cette puce ne laisse jamais un logiciel confirmer la présence : elle ne peut être activée que dans la configuration du micrologiciel. Dans la configuration du micrologiciel (sur les ThinkPad : Security &gt; Security Chip ; ailleurs le plus souvent Security &gt; TPM), réglez la puce de sécurité sur Active/Enabled, enregistrez et redémarrez.</translation>
    </message>
    <message>
        <source>The firmware locked physical presence for this start, so the wizard cannot turn the TPM on. In the firmware setup (on ThinkPads: Security &gt; Security Chip; elsewhere usually Security &gt; TPM), set the security chip to Active/Enabled, save and restart. Then open the wizard again.</source>
        <translation>Le micrologiciel a verrouillé la présence physique pour ce démarrage : l&apos;assistant ne peut pas activer le TPM. Dans la configuration du micrologiciel (sur les ThinkPad : Security &gt; Security Chip ; ailleurs le plus souvent Security &gt; TPM), réglez la puce de sécurité sur Active/Enabled, enregistrez et redémarrez. Rouvrez ensuite l&apos;assistant.</translation>
    </message>
    <message>
        <source>Allow software to confirm presence, then confirm it.</source>
        <translation>Autoriser le logiciel à confirmer la présence, puis la confirmer.</translation>
    </message>
    <message>
        <source>Confirm presence so the TPM can be turned on.</source>
        <translation>Confirmer la présence pour que le TPM puisse être activé.</translation>
    </message>
    <message>
        <source>Needs physical presence (see above).</source>
        <translation>Nécessite la présence physique (voir plus haut).</translation>
    </message>
    <message>
        <source>The TPM is off and accepts no owner; turning it on fixes both at once.</source>
        <translation>Le TPM est désactivé et n&apos;accepte aucun propriétaire ; l&apos;activer règle les deux à la fois.</translation>
    </message>
    <message>
        <source>The TPM is off; turning it on takes effect at once.</source>
        <translation>Le TPM est désactivé ; l&apos;activer prend effet immédiatement.</translation>
    </message>
    <message>
        <source>The TPM accepts no owner yet; this allows one.</source>
        <translation>Le TPM n&apos;accepte pas encore de propriétaire ; ceci en autorise un.</translation>
    </message>
    <message>
        <source>Already on.</source>
        <translation>Déjà activé.</translation>
    </message>
    <message>
        <source>The TPM is deactivated; activating it takes effect after a restart.</source>
        <translation>Le TPM est désactivé ; l&apos;activation prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>The TPM works now but is set to start deactivated; activating keeps it working after the next restart.</source>
        <translation>Le TPM fonctionne maintenant mais est réglé pour démarrer désactivé ; l&apos;activer le garde en service après le prochain redémarrage.</translation>
    </message>
    <message>
        <source>Already activated.</source>
        <translation>Déjà activé pour de bon.</translation>
    </message>
    <message>
        <source>After activation the TPM works only from the next restart on.</source>
        <translation>Après l&apos;activation, le TPM ne fonctionne qu&apos;à partir du prochain redémarrage.</translation>
    </message>
    <message>
        <source>Activation is set and takes effect at the next restart.</source>
        <translation>L&apos;activation est réglée et prend effet au prochain redémarrage.</translation>
    </message>
    <message>
        <source>Not needed: the TPM is active.</source>
        <translation>Inutile : le TPM est actif.</translation>
    </message>
    <message>
        <source>The TPM already has an owner.</source>
        <translation>Le TPM a déjà un propriétaire.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Réussi.</translation>
    </message>
    <message>
        <source>Tests the chip before it creates the storage root key.</source>
        <translation>Teste la puce avant qu&apos;elle crée la clé racine de stockage.</translation>
    </message>
    <message>
        <source>Runs once the TPM is on and active.</source>
        <translation>S&apos;exécute dès que le TPM est activé et actif.</translation>
    </message>
    <message>
        <source>Exists (the TPM has an owner).</source>
        <translation>Existe (le TPM a un propriétaire).</translation>
    </message>
    <message>
        <source>Present.</source>
        <translation>Présente.</translation>
    </message>
    <message>
        <source>The TPM has no endorsement key yet; taking ownership needs one.</source>
        <translation>Le TPM n&apos;a pas encore de clé d&apos;endossement ; la prise de possession en a besoin.</translation>
    </message>
    <message>
        <source>The endorsement key could not be read; it is read again and created only if the TPM has none.</source>
        <translation>La clé d&apos;endossement n&apos;a pas pu être lue ; elle est relue et créée seulement si le TPM n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Checked once the TPM is on and active.</source>
        <translation>Vérifiée dès que le TPM est activé et actif.</translation>
    </message>
    <message>
        <source>Taken just now.</source>
        <translation>Prise à l&apos;instant.</translation>
    </message>
    <message>
        <source>The TPM accepts no owner and the firmware does not let the wizard change that. Allow it in the firmware setup&apos;s security chip menu.</source>
        <translation>Le TPM n&apos;accepte aucun propriétaire et le micrologiciel ne laisse pas l&apos;assistant changer cela. Autorisez-le dans le menu de la puce de sécurité de la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>Once the TPM accepts an owner: sets your owner password and creates the storage root key.</source>
        <translation>Dès que le TPM accepte un propriétaire : définit votre mot de passe propriétaire et crée la clé racine de stockage.</translation>
    </message>
    <message>
        <source>Sets your owner password and creates the storage root key.</source>
        <translation>Définit votre mot de passe propriétaire et crée la clé racine de stockage.</translation>
    </message>
    <message>
        <source>The owner password and the storage root key work.</source>
        <translation>Le mot de passe propriétaire et la clé racine de stockage fonctionnent.</translation>
    </message>
    <message>
        <source>Someone else set the owner; you can check a password you have.</source>
        <translation>Quelqu&apos;un d&apos;autre a défini le propriétaire ; vous pouvez vérifier un mot de passe que vous avez.</translation>
    </message>
    <message>
        <source>Proves that the new owner password works.</source>
        <translation>Vérifie que le nouveau mot de passe propriétaire fonctionne.</translation>
    </message>
    <message>
        <source>The TPM waits to be started, which the firmware normally does at boot; the wizard starts it first.</source>
        <translation>Le TPM attend d&apos;être démarré, ce que le micrologiciel fait d&apos;ordinaire au démarrage ; l&apos;assistant le démarre d&apos;abord.</translation>
    </message>
    <message>
        <source>This is a TPM 2.0; this version of the wizard sets up TPM 1.2 only.</source>
        <translation>Ceci est un TPM 2.0 ; cette version de l&apos;assistant ne configure que les TPM 1.2.</translation>
    </message>
    <message>
        <source>This is a TPM 1.1; this version of the wizard sets up TPM 1.2 only.</source>
        <translation>Ceci est un TPM 1.1 ; cette version de l&apos;assistant ne configure que les TPM 1.2.</translation>
    </message>
    <message>
        <source>The TPM&apos;s state could not be read.</source>
        <translation>L&apos;état du TPM n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The TPM had been reset; the wizard started it again and repeated %1.</source>
        <translation>Le TPM avait été réinitialisé ; l&apos;assistant l&apos;a redémarré et a répété %1.</translation>
    </message>
    <message>
        <source>The TPM had been reset; the wizard started it again and continued.</source>
        <translation>Le TPM avait été réinitialisé ; l&apos;assistant l&apos;a redémarré et a continué.</translation>
    </message>
    <message>
        <source>The TPM is activated from the next restart on.</source>
        <translation>Le TPM est activé à partir du prochain redémarrage.</translation>
    </message>
    <message>
        <source>Software may now confirm physical presence for good: programs running as administrator can confirm it at every start in which the firmware does not lock it. The wizard released it after use.</source>
        <translation>Le logiciel peut désormais confirmer la présence physique de façon permanente : les programmes exécutés en administrateur peuvent la confirmer à chaque démarrage où le micrologiciel ne la verrouille pas. L&apos;assistant l&apos;a relâchée après usage.</translation>
    </message>
    <message>
        <source>Taking ownership (try %1 of at most %2): the TPM creates a 2048-bit storage root key, which can take a minute on some chips.</source>
        <translation>Prise de possession (essai %1 sur %2 au plus) : le TPM crée une clé racine de stockage de 2048 bits, ce qui peut prendre une minute sur certaines puces.</translation>
    </message>
    <message>
        <source>The TPM&apos;s answer was lost (%1); the wizard asked whether it took ownership before trying again.</source>
        <translation>La réponse du TPM a été perdue (%1) ; l&apos;assistant a demandé s&apos;il avait pris possession avant de réessayer.</translation>
    </message>
    <message>
        <source>The TPM did not answer the check (%1); it may still be working. Asking again.</source>
        <translation>Le TPM n&apos;a pas répondu à la vérification (%1) ; il travaille peut-être encore. Nouvelle demande.</translation>
    </message>
    <message>
        <source>The TPM did not answer the check either (%1).</source>
        <translation>Le TPM n&apos;a pas non plus répondu à la vérification (%1).</translation>
    </message>
    <message>
        <source>The TPM was still without an owner, so the wizard tried again.</source>
        <translation>Le TPM n&apos;avait toujours pas de propriétaire : l&apos;assistant a donc réessayé.</translation>
    </message>
    <message>
        <source>The TPM accepts your owner password: ownership was taken although its answer was lost.</source>
        <translation>Le TPM accepte votre mot de passe propriétaire : la possession a été prise bien que sa réponse ait été perdue.</translation>
    </message>
    <message>
        <source>The TPM accepted the owner password and returned the storage root key.</source>
        <translation>Le TPM a accepté le mot de passe propriétaire et renvoyé la clé racine de stockage.</translation>
    </message>
    <message>
        <source>The storage root key was registered in trousers&apos; key store (%1), so tpm-tools can use it.</source>
        <translation>La clé racine de stockage a été enregistrée dans le magasin de clés de trousers (%1), pour que tpm-tools puisse l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The storage root key could not be registered with trousers (%1); tpm-tools cannot use it until it is.</source>
        <translation>La clé racine de stockage n&apos;a pas pu être enregistrée auprès de trousers (%1) ; tpm-tools ne peut pas l&apos;utiliser tant qu&apos;elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Physical presence was released, so no other program can use it.</source>
        <translation>La présence physique a été relâchée : aucun autre programme ne peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Physical presence was released and locked until the next restart.</source>
        <translation>La présence physique a été relâchée et verrouillée jusqu&apos;au prochain redémarrage.</translation>
    </message>
    <message>
        <source>Physical presence could not be released (%1); it stays confirmed until the next restart.</source>
        <translation>La présence physique n&apos;a pas pu être relâchée (%1) ; elle reste confirmée jusqu&apos;au prochain redémarrage.</translation>
    </message>
    <message>
        <source>This is not a TPM 1.2.</source>
        <translation>Ce n&apos;est pas un TPM 1.2.</translation>
    </message>
    <message>
        <source>The chip answered as a TPM 2.0, as a TPM 1.1, or not like a TPM at all. This version sets up TPM 1.2 only.</source>
        <translation>La puce a répondu comme un TPM 2.0, comme un TPM 1.1 ou pas du tout comme un TPM. Cette version ne configure que les TPM 1.2.</translation>
    </message>
    <message>
        <source>A TPM 2.0 needs no ownership step; disk encryption tools such as systemd-cryptenroll use it as it is.</source>
        <translation>Un TPM 2.0 n&apos;a pas besoin de prise de possession ; les outils de chiffrement de disque comme systemd-cryptenroll l&apos;utilisent tel quel.</translation>
    </message>
    <message>
        <source>This step can only be done in the firmware setup.</source>
        <translation>Cette étape ne peut se faire que dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>The firmware does not let the running system confirm physical presence, which this step needs.</source>
        <translation>Le micrologiciel ne laisse pas le système en cours confirmer la présence physique dont cette étape a besoin.</translation>
    </message>
    <message>
        <source>Restart, open the firmware setup (on ThinkPads: Security &gt; Security Chip; elsewhere usually Security &gt; TPM), set the security chip to Active/Enabled, save, and open the wizard again.</source>
        <translation>Redémarrez, ouvrez la configuration du micrologiciel (sur les ThinkPad : Security &gt; Security Chip ; ailleurs le plus souvent Security &gt; TPM), réglez la puce de sécurité sur Active/Enabled, enregistrez et rouvrez l&apos;assistant.</translation>
    </message>
    <message>
        <source>The TPM already had an owner; it was left alone.</source>
        <translation>Le TPM avait déjà un propriétaire ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Ownership can be taken only once. The owner may be an earlier setup, Windows, another tool or a previous user.</source>
        <translation>La possession ne peut être prise qu&apos;une fois. Le propriétaire peut être une configuration antérieure, Windows, un autre outil ou un utilisateur précédent.</translation>
    </message>
    <message>
        <source>If you know the owner password, check it in the wizard (one try at a time: wrong tries count toward the lockout). If nobody knows it, clear the TPM and set it up again.</source>
        <translation>Si vous connaissez le mot de passe propriétaire, vérifiez-le dans l&apos;assistant (un essai à la fois : les essais erronés comptent pour le verrouillage). Si personne ne le connaît, effacez le TPM et configurez-le de nouveau.</translation>
    </message>
    <message>
        <source>Ownership was not taken: the owner password is not confirmed as saved.</source>
        <translation>La possession n&apos;a pas été prise : l&apos;enregistrement du mot de passe propriétaire n&apos;est pas confirmé.</translation>
    </message>
    <message>
        <source>The owner password cannot be read back from the TPM; if it is lost, only clearing the TPM helps, which destroys every key made under it.</source>
        <translation>Le mot de passe propriétaire ne peut pas être relu depuis le TPM ; s&apos;il est perdu, seul l&apos;effacement du TPM aide, ce qui détruit toutes les clés créées sous lui.</translation>
    </message>
    <message>
        <source>Choose where to keep the password, let the wizard save and read it back, and try again.</source>
        <translation>Choisissez où conserver le mot de passe, laissez l&apos;assistant l&apos;enregistrer et le relire, puis réessayez.</translation>
    </message>
    <message>
        <source>The TPM is owned, but not with the password chosen here.</source>
        <translation>Le TPM a un propriétaire, mais pas avec le mot de passe choisi ici.</translation>
    </message>
    <message>
        <source>An answer from the TPM was lost, and afterwards the TPM had an owner whose password is not yours: another program took ownership at the same time.</source>
        <translation>Une réponse du TPM a été perdue, et ensuite le TPM avait un propriétaire dont le mot de passe n&apos;est pas le vôtre : un autre programme a pris possession en même temps.</translation>
    </message>
    <message>
        <source>Find out who set the owner and use their password; otherwise clear the TPM and set it up again.</source>
        <translation>Trouvez qui a défini le propriétaire et utilisez son mot de passe ; sinon, effacez le TPM et configurez-le de nouveau.</translation>
    </message>
    <message>
        <source>A step reported success, but the TPM did not change.</source>
        <translation>Une étape a signalé un succès, mais le TPM n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Some firmware ignores such changes from the running system, and some apply them only after a restart.</source>
        <translation>Certains micrologiciels ignorent ces changements venant du système en cours, d&apos;autres ne les appliquent qu&apos;après un redémarrage.</translation>
    </message>
    <message>
        <source>Restart the computer and open the wizard again. If the same step stops again, do it in the firmware setup.</source>
        <translation>Redémarrez l&apos;ordinateur et rouvrez l&apos;assistant. Si la même étape s&apos;arrête de nouveau, faites-la dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>The storage root key read back is not the one just created.</source>
        <translation>La clé racine de stockage relue n&apos;est pas celle qui vient d&apos;être créée.</translation>
    </message>
    <message>
        <source>This should never happen: the TPM was owned again in between, or its answers are being altered.</source>
        <translation>Cela ne devrait jamais arriver : le TPM a été repris entre-temps, ou ses réponses sont modifiées.</translation>
    </message>
    <message>
        <source>Do not store secrets with this TPM yet. Save the report and file a bug.</source>
        <translation>Ne confiez pas encore de secrets à ce TPM. Enregistrez le rapport et signalez un bogue.</translation>
    </message>
    <message>
        <source>The TPM kept resetting.</source>
        <translation>Le TPM n&apos;a cessé de se réinitialiser.</translation>
    </message>
    <message>
        <source>Each time the wizard started it again, it was reset again: a command that always times out, suspend during the setup, or a hardware fault.</source>
        <translation>Chaque fois que l&apos;assistant l&apos;a redémarré, il a de nouveau été réinitialisé : une commande qui dépasse toujours le délai, une mise en veille pendant la configuration ou une panne matérielle.</translation>
    </message>
    <message>
        <source>Keep the computer awake, shut it down completely once, and open the wizard again.</source>
        <translation>Gardez l&apos;ordinateur éveillé, éteignez-le complètement une fois et rouvrez l&apos;assistant.</translation>
    </message>
    <message>
        <source>The TPM has no owner.</source>
        <translation>Le TPM n&apos;a pas de propriétaire.</translation>
    </message>
    <message>
        <source>Checking an owner password needs a TPM that has an owner.</source>
        <translation>Vérifier un mot de passe propriétaire nécessite un TPM qui a un propriétaire.</translation>
    </message>
    <message>
        <source>Take ownership first with the wizard.</source>
        <translation>Prenez d&apos;abord possession avec l&apos;assistant.</translation>
    </message>
    <message>
        <source>The TPM is turned off.</source>
        <translation>Le TPM est désactivé.</translation>
    </message>
    <message>
        <source>A TPM that is off refuses owner commands before it looks at the password, so nothing was sent.</source>
        <translation>Un TPM désactivé refuse les commandes du propriétaire avant de regarder le mot de passe : rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>Turn the TPM on with the wizard (this leaves the owner alone), then check the password again.</source>
        <translation>Activez le TPM avec l&apos;assistant (le propriétaire reste inchangé), puis vérifiez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>The TPM waits for TPM2_Startup, which firmware normally sends at boot; provisioning sends it first, then decides.</source>
        <translation>Le TPM attend TPM2_Startup, que le micrologiciel envoie normalement au démarrage ; la configuration l’envoie d’abord, puis décide.</translation>
    </message>
    <message>
        <source>The shared storage key is at 0x81000001 with the standard template; systemd, Windows and other programs use it.</source>
        <translation>La clé de stockage partagée se trouve en 0x81000001 avec le modèle standard ; systemd, Windows et d’autres programmes l’utilisent.</translation>
    </message>
    <message>
        <source>A key with another template is at 0x81000001 (%1); it is kept, because replacing it would make everything sealed under it unreadable.</source>
        <translation>Une clé avec un autre modèle se trouve en 0x81000001 (%1) ; elle est conservée, car la remplacer rendrait illisible tout ce qui est scellé sous elle.</translation>
    </message>
    <message>
        <source>Nothing is at 0x81000001: the shared storage key (%1, the template systemd uses) is created there, before any owner password could get in the way.</source>
        <translation>Rien ne se trouve en 0x81000001 : la clé de stockage partagée (%1, le modèle de systemd) y est créée, avant qu’un mot de passe de propriétaire ne puisse gêner.</translation>
    </message>
    <message>
        <source>Created by this run at 0x81000001.</source>
        <translation>Créée par cette exécution en 0x81000001.</translation>
    </message>
    <message>
        <source>The storage hierarchy is turned off until the next restart, so the storage key cannot be created now; restart the computer and run this again.</source>
        <translation>La hiérarchie de stockage est désactivée jusqu’au prochain redémarrage, la clé de stockage ne peut donc pas être créée maintenant ; redémarrez l’ordinateur et relancez.</translation>
    </message>
    <message>
        <source>An owner password was set before (by the firmware, Windows or another tool), so the shared storage key cannot be created without it, and systemd-cryptenroll cannot create it either; remove that owner password with the tool that set it (tpm2_changeauth -c owner -p OLD), or clear the TPM.</source>
        <translation>Un mot de passe de propriétaire a déjà été défini (par le micrologiciel, Windows ou un autre outil), la clé de stockage partagée ne peut donc pas être créée sans lui, ni par systemd-cryptenroll ; supprimez ce mot de passe avec l’outil qui l’a défini (tpm2_changeauth -c owner -p ANCIEN), ou effacez le TPM.</translation>
    </message>
    <message>
        <source>Already as asked: %1 tries, one failure forgotten every %2 s, %3 s after a wrong lockout password.</source>
        <translation>Déjà comme demandé : %1 essais, un échec oublié toutes les %2 s, %3 s après un mauvais mot de passe de verrouillage.</translation>
    </message>
    <message>
        <source>Set to %1 tries, one failure forgotten every %2 s, and %3 s after a wrong lockout password, while the lockout password is still empty.</source>
        <translation>Réglé sur %1 essais, un échec oublié toutes les %2 s, et %3 s après un mauvais mot de passe de verrouillage, tant que ce mot de passe est encore vide.</translation>
    </message>
    <message>
        <source>The settings differ from the ones asked, but changing them needs the lockout password, which was set before this run: they are left as they are.</source>
        <translation>Les réglages diffèrent de ceux demandés, mais les changer exige le mot de passe de verrouillage, défini avant cette exécution : ils restent tels quels.</translation>
    </message>
    <message>
        <source>The lockout password (it resets and clears the TPM) is set; it is stored and read back before it is sent, and travels encrypted.</source>
        <translation>Le mot de passe de verrouillage (il réinitialise le verrouillage et efface le TPM) est défini ; il est enregistré et relu avant d’être envoyé, et circule chiffré.</translation>
    </message>
    <message>
        <source>Set by this run.</source>
        <translation>Défini par cette exécution.</translation>
    </message>
    <message>
        <source>The owner password stays empty, so systemd-cryptenroll, clevis and other programs can still create their keys (the policy Windows and systemd follow).</source>
        <translation>Le mot de passe de propriétaire reste vide, pour que systemd-cryptenroll, clevis et d’autres programmes puissent encore créer leurs clés (la règle de Windows et de systemd).</translation>
    </message>
    <message>
        <source>An owner password is set as asked; from then on systemd-cryptenroll and clevis cannot create keys of their own.</source>
        <translation>Un mot de passe de propriétaire est défini comme demandé ; ensuite systemd-cryptenroll et clevis ne peuvent plus créer leurs propres clés.</translation>
    </message>
    <message>
        <source>An owner password is set; it is left as it is.</source>
        <translation>Un mot de passe de propriétaire est défini ; il reste tel quel.</translation>
    </message>
    <message>
        <source>The endorsement password stays empty, as attestation tools expect.</source>
        <translation>Le mot de passe d’endossement reste vide, comme l’attendent les outils d’attestation.</translation>
    </message>
    <message>
        <source>An endorsement password is set as asked.</source>
        <translation>Un mot de passe d’endossement est défini comme demandé.</translation>
    </message>
    <message>
        <source>An endorsement password is set; it is left as it is.</source>
        <translation>Un mot de passe d’endossement est défini ; il reste tel quel.</translation>
    </message>
    <message>
        <source>The endorsement hierarchy is turned off until the next restart, so its password cannot be set now; restart the computer and run this again.</source>
        <translation>La hiérarchie d’endossement est désactivée jusqu’au prochain redémarrage, son mot de passe ne peut donc pas être défini maintenant ; redémarrez l’ordinateur et relancez.</translation>
    </message>
    <message>
        <source>What this run set is checked: the lockout password, the storage key read back, and the TPM&apos;s flags.</source>
        <translation>Ce que cette exécution a défini est vérifié : le mot de passe de verrouillage, la clé de stockage relue et les indicateurs du TPM.</translation>
    </message>
    <message>
        <source>Checked in this run.</source>
        <translation>Vérifié par cette exécution.</translation>
    </message>
    <message>
        <source>This run set no password, so there is nothing of its own to check.</source>
        <translation>Cette exécution n’a défini aucun mot de passe, il n’y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>The TPM was set up before (its lockout password is set), so nothing is changed in it.</source>
        <translation>Le TPM a déjà été configuré (son mot de passe de verrouillage est défini), rien n’y est donc modifié.</translation>
    </message>
    <message>
        <source>The TPM waited for TPM2_Startup (TPM_RC_INITIALIZE); sent Startup(CLEAR) and continued.</source>
        <translation>Le TPM attendait TPM2_Startup (TPM_RC_INITIALIZE) ; Startup(CLEAR) a été envoyé et la suite a continué.</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; was lost (%2). The TPM&apos;s flags tell whether it was done; nothing is sent again before they are read.</source>
        <translation>La réponse à « %1 » a été perdue (%2). Les indicateurs du TPM disent si c’est fait ; rien n’est renvoyé avant de les avoir lus.</translation>
    </message>
    <message>
        <source>The storage key is at 0x81000001 after the lost answer: it is used, not created a second time.</source>
        <translation>Après la réponse perdue, la clé de stockage est en 0x81000001 : elle est utilisée, pas créée une seconde fois.</translation>
    </message>
    <message>
        <source>The TPM reports a lockout password after the lost answer: it is this run&apos;s, and it is checked next.</source>
        <translation>Après la réponse perdue, le TPM signale un mot de passe de verrouillage : c’est celui de cette exécution, et il est vérifié ensuite.</translation>
    </message>
    <message>
        <source>The TPM&apos;s flags show &quot;%1&quot; was not done, so it is sent again.</source>
        <translation>Les indicateurs du TPM montrent que « %1 » n’a pas été fait ; la commande est renvoyée.</translation>
    </message>
    <message>
        <source>The TPM accepted the lockout password and returned the storage key.</source>
        <translation>Le TPM a accepté le mot de passe de verrouillage et renvoyé la clé de stockage.</translation>
    </message>
    <message>
        <source>The TPM already has a lockout password; it was left alone.</source>
        <translation>Le TPM a déjà un mot de passe de verrouillage ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Windows, the firmware, another program or an earlier setup set it. One wrong try blocks it for a long time, so the wizard does not guess.</source>
        <translation>Windows, le micrologiciel, un autre programme ou une configuration antérieure l’a défini. Un seul mauvais essai le bloque longtemps, l’assistant ne devine donc pas.</translation>
    </message>
    <message>
        <source>If you have that password, check it once. If nobody has it, clear the TPM through the firmware.</source>
        <translation>Si vous avez ce mot de passe, vérifiez-le une fois. Si personne ne l’a, effacez le TPM via le micrologiciel.</translation>
    </message>
    <message>
        <source>What was set does not read back as set.</source>
        <translation>Ce qui a été défini ne se relit pas comme défini.</translation>
    </message>
    <message>
        <source>Another program changed the TPM at the same time, or its answers are being altered.</source>
        <translation>Un autre programme a modifié le TPM en même temps, ou ses réponses sont altérées.</translation>
    </message>
    <message>
        <source>Do not rely on this TPM yet; save the details and report them.</source>
        <translation>Ne vous fiez pas encore à ce TPM ; enregistrez les détails et signalez-les.</translation>
    </message>
    <message>
        <source>A lockout password was set before (by Windows, the firmware or another program); it is left alone. If you have it, it can be checked once.</source>
        <translation>Un mot de passe de verrouillage a déjà été défini (par Windows, le micrologiciel ou un autre programme) ; il n’est pas modifié. Si vous l’avez, il peut être vérifié une fois.</translation>
    </message>
    <message>
        <source>The TPM was busy (%1); the wizard waited %2 ms and tried again.</source>
        <translation>Le TPM était occupé (%1) ; l’assistant a attendu %2 ms et a réessayé.</translation>
    </message>
</context>
<context>
    <name>ErrorInfo</name>
    <message>
        <source>The TPM helper reported a failure.</source>
        <translation>Le service d&apos;assistance du TPM a signalé un échec.</translation>
    </message>
    <message>
        <source>The TPM helper is not running.</source>
        <translation>Le service d&apos;assistance du TPM n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The wizard reaches the TPM only through a small system service, tpm-provisioner-helper, which runs with the rights the TPM needs. It is not installed, not started, or the system bus could not start it.</source>
        <translation>L&apos;assistant n&apos;accède au TPM que par un petit service système, tpm-provisioner-helper, qui s&apos;exécute avec les droits dont le TPM a besoin. Il n&apos;est pas installé, pas démarré, ou le bus système n&apos;a pas pu le démarrer.</translation>
    </message>
    <message>
        <source>Install the tpm-provisioner package (it installs the helper), or start the helper as root, then press Retry.</source>
        <translation>Installez le paquet tpm-provisioner (il installe le service), ou démarrez le service en tant que root, puis appuyez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>Permission was refused.</source>
        <translation>L&apos;autorisation a été refusée.</translation>
    </message>
    <message>
        <source>The system&apos;s policy did not allow this for your account, or the password prompt was cancelled. Nothing was sent to the TPM.</source>
        <translation>La politique du système ne l&apos;autorise pas pour votre compte, ou la demande de mot de passe a été annulée. Rien n&apos;a été envoyé au TPM.</translation>
    </message>
    <message>
        <source>Press Retry and enter an administrator password when asked. If no prompt appears, ask the computer&apos;s administrator.</source>
        <translation>Appuyez sur « Réessayer » et saisissez un mot de passe administrateur quand il est demandé. Si aucune demande n&apos;apparaît, adressez-vous à l&apos;administrateur de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The TPM is busy with another task.</source>
        <translation>Le TPM est occupé par une autre tâche.</translation>
    </message>
    <message>
        <source>Wait until the other task has finished, then press Retry.</source>
        <translation>Attendez que l&apos;autre tâche soit terminée, puis appuyez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>The TPM helper stopped before the task finished.</source>
        <translation>Le service d&apos;assistance du TPM s&apos;est arrêté avant la fin de la tâche.</translation>
    </message>
    <message>
        <source>It was stopped or restarted. The task&apos;s result is lost, but the TPM itself shows how far it got.</source>
        <translation>Il a été arrêté ou redémarré. Le résultat de la tâche est perdu, mais le TPM lui-même indique jusqu&apos;où elle est allée.</translation>
    </message>
    <message>
        <source>Press Retry: the wizard reads the TPM again and continues from where it is.</source>
        <translation>Appuyez sur « Réessayer » : l&apos;assistant relit le TPM et reprend là où il en est.</translation>
    </message>
    <message>
        <source>The TPM helper could not be reached.</source>
        <translation>Le service d&apos;assistance du TPM est injoignable.</translation>
    </message>
    <message>
        <source>Press Retry. If it keeps failing, save a report and file a bug.</source>
        <translation>Appuyez sur « Réessayer ». Si l&apos;échec persiste, enregistrez un rapport et signalez le bogue.</translation>
    </message>
</context>
<context>
    <name>FirmwareDirections</name>
    <message>
        <source>Enter, then F1</source>
        <translation>Entrée, puis F1</translation>
    </message>
    <message>
        <source>F2 or Del</source>
        <translation>F2 ou Suppr</translation>
    </message>
    <message>
        <source>usually F1, F2, F10, Del or Esc</source>
        <translation>généralement F1, F2, F10, Suppr ou Échap</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>WindowsOwnerFile</name>
    <message>
        <source>This password cannot be written for Windows.</source>
        <translation>Ce mot de passe ne peut pas être écrit pour Windows.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Start the TPM</source>
        <translation>Démarrer le TPM</translation>
    </message>
    <message>
        <source>Confirm physical presence</source>
        <translation>Confirmer la présence physique</translation>
    </message>
    <message>
        <source>Turn the TPM on</source>
        <translation>Mettre le TPM en marche</translation>
    </message>
    <message>
        <source>Activate the TPM</source>
        <translation>Rendre le TPM actif</translation>
    </message>
    <message>
        <source>Restart the computer</source>
        <translation>Redémarrer l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Test the chip</source>
        <translation>Tester la puce</translation>
    </message>
    <message>
        <source>Create the endorsement key</source>
        <translation>Créer la clé d&apos;endossement</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>Prendre possession</translation>
    </message>
    <message>
        <source>Check the owner password</source>
        <translation>Vérifier le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Makes sure the TPM has been started since it was last reset; a started TPM is left alone.</source>
        <translation>Vérifie que le TPM a été démarré depuis sa dernière réinitialisation ; un TPM déjà démarré n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>Tells the TPM that someone is at the computer, which it needs before it can be turned on.</source>
        <translation>Indique au TPM que quelqu&apos;un est devant l&apos;ordinateur, ce dont il a besoin avant d&apos;être mis en marche.</translation>
    </message>
    <message>
        <source>Switches the TPM on; this takes effect at once.</source>
        <translation>Met le TPM en marche ; cela prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Makes the TPM usable; this takes effect after the next restart.</source>
        <translation>Rend le TPM utilisable ; cela prend effet après le prochain redémarrage.</translation>
    </message>
    <message>
        <source>The TPM reads its activation setting only while the computer starts.</source>
        <translation>Le TPM ne lit son réglage d&apos;activation qu&apos;au démarrage de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Runs the TPM&apos;s full self-test before it creates keys.</source>
        <translation>Exécute l&apos;autotest complet du TPM avant qu&apos;il ne crée des clés.</translation>
    </message>
    <message>
        <source>Creates the TPM&apos;s identity key, which taking ownership needs.</source>
        <translation>Crée la clé d&apos;identité du TPM, nécessaire à la prise de possession.</translation>
    </message>
    <message>
        <source>Sets your owner password and creates the storage root key; this can take a minute or more.</source>
        <translation>Définit votre mot de passe propriétaire et crée la clé racine de stockage ; cela peut prendre une minute ou plus.</translation>
    </message>
    <message>
        <source>Proves that the TPM accepts the new owner password.</source>
        <translation>Vérifie que le TPM accepte le nouveau mot de passe propriétaire.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <source>Needs the firmware setup</source>
        <translation>Nécessite la configuration du micrologiciel</translation>
    </message>
    <message>
        <source>The TPM is owned and your password works.</source>
        <translation>Le TPM a un propriétaire et votre mot de passe fonctionne.</translation>
    </message>
    <message>
        <source>A restart is needed before the TPM can continue.</source>
        <translation>Un redémarrage est nécessaire avant que le TPM puisse continuer.</translation>
    </message>
    <message>
        <source>The TPM already has an owner.</source>
        <translation>Le TPM a déjà un propriétaire.</translation>
    </message>
    <message>
        <source>The firmware does not allow this step.</source>
        <translation>Le micrologiciel n&apos;autorise pas cette étape.</translation>
    </message>
    <message>
        <source>This TPM is not supported.</source>
        <translation>Ce TPM n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>L&apos;étape a échoué.</translation>
    </message>
    <message>
        <source>tpm-tools and Heads compatible</source>
        <translation>compatible avec tpm-tools et Heads</translation>
    </message>
    <message>
        <source>Windows compatible</source>
        <translation>compatible avec Windows</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>no — turned off (in the firmware or by software); the wizard can turn it on</source>
        <translation>non — arrêté (dans le micrologiciel ou par logiciel) ; l&apos;assistant peut le mettre en marche</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no — deactivated; the wizard can activate it (needs a restart)</source>
        <translation>non — inactif ; l&apos;assistant peut le rendre actif (redémarrage nécessaire)</translation>
    </message>
    <message>
        <source>not yet — activation takes effect at the next restart</source>
        <translation>pas encore — l&apos;activation prendra effet au prochain redémarrage</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes — someone already took ownership</source>
        <translation>oui — quelqu&apos;un en a déjà pris possession</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>confirmed for this boot</source>
        <translation>confirmée pour ce démarrage</translation>
    </message>
    <message>
        <source>locked by the firmware for this boot</source>
        <translation>verrouillée par le micrologiciel pour ce démarrage</translation>
    </message>
    <message>
        <source>only in the firmware setup (locked for the chip&apos;s lifetime)</source>
        <translation>uniquement dans la configuration du micrologiciel (verrouillé pour toute la vie de la puce)</translation>
    </message>
    <message>
        <source>software may confirm it</source>
        <translation>le logiciel peut la confirmer</translation>
    </message>
    <message>
        <source>Physical presence</source>
        <translation>Présence physique</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>missing — the wizard creates it</source>
        <translation>absente — l&apos;assistant la crée</translation>
    </message>
    <message>
        <source>present (not readable without the owner)</source>
        <translation>présente (illisible sans le propriétaire)</translation>
    </message>
    <message>
        <source>Endorsement key</source>
        <translation>Clé d&apos;endossement</translation>
    </message>
    <message>
        <source>Owner installation</source>
        <translation>Installation du propriétaire</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>switched off in the firmware</source>
        <translation>désactivée dans le micrologiciel</translation>
    </message>
    <message>
        <source>older pop-up password prompts</source>
        <translation>anciennes demandes de mot de passe en fenêtre surgissante</translation>
    </message>
    <message>
        <source>Create the shared storage key</source>
        <translation>Créer la clé de stockage partagée</translation>
    </message>
    <message>
        <source>Set the protection against guessing</source>
        <translation>Régler la protection contre les essais</translation>
    </message>
    <message>
        <source>Set the lockout password</source>
        <translation>Définir le mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>Set the owner password</source>
        <translation>Définir le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Set the endorsement password</source>
        <translation>Définir le mot de passe d&apos;approbation</translation>
    </message>
    <message>
        <source>Check the result</source>
        <translation>Vérifier le résultat</translation>
    </message>
    <message>
        <source>The key disk encryption and other programs keep their keys under, made the way systemd and Windows expect it.</source>
        <translation>La clé sous laquelle le chiffrement de disque et d&apos;autres programmes rangent leurs clés, créée comme systemd et Windows l&apos;attendent.</translation>
    </message>
    <message>
        <source>How many wrong passwords the TPM allows before it stops answering for a while.</source>
        <translation>Combien de mots de passe erronés le TPM accepte avant de cesser de répondre un moment.</translation>
    </message>
    <message>
        <source>The password that can clear the TPM and end a lockout. Other programs do not need it.</source>
        <translation>Le mot de passe qui peut effacer le TPM et lever un verrouillage. Les autres programmes n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>Left empty by default, so that other programs keep working.</source>
        <translation>Laissé vide par défaut, pour que les autres programmes continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Reads the TPM again and proves that the new password works.</source>
        <translation>Relit le TPM et prouve que le nouveau mot de passe fonctionne.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>none yet — the wizard creates it</source>
        <translation>pas encore — l&apos;assistant la crée</translation>
    </message>
    <message>
        <source>%1, the shared one (disk encryption and Windows use it too)</source>
        <translation>%1, la clé partagée (le chiffrement de disque et Windows l’utilisent aussi)</translation>
    </message>
    <message>
        <source>%1, made another way: %2</source>
        <translation>%1, créée autrement : %2</translation>
    </message>
    <message>
        <source>%1 wrong passwords allowed, one forgotten every %2 s; %3 counted now</source>
        <translation>%1 mots de passe erronés permis, un oublié toutes les %2 s ; %3 comptés maintenant</translation>
    </message>
    <message>
        <source>%1 — locked out now</source>
        <translation>%1 — verrouillé maintenant</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Endorsement password</source>
        <translation>Mot de passe d&apos;approbation</translation>
    </message>
    <message>
        <source>Storage key (SRK)</source>
        <translation>Clé de stockage (SRK)</translation>
    </message>
    <message>
        <source>Protection against guessing</source>
        <translation>Protection contre les essais</translation>
    </message>
    <message>
        <source>Clearing with the lockout password</source>
        <translation>Effacement avec le mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>switched off — only the firmware can clear</source>
        <translation>désactivé — seul le micrologiciel peut effacer</translation>
    </message>
    <message>
        <source>Keys stored in the TPM</source>
        <translation>Clés stockées dans le TPM</translation>
    </message>
    <message>
        <source>Firmware requests (PPI)</source>
        <translation>Demandes au micrologiciel (PPI)</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>systemd&apos;s NV indices</source>
        <translation>Index NV de systemd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (systemd-pcrlock and the like; a clear destroys them)</source>
        <translation>%1 (systemd-pcrlock et semblables ; un effacement les détruit)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up a TPM 1.2: turns it on, takes ownership and keeps the owner password safe.</source>
        <translation>Configure un TPM 1.2 : le met en marche, en prend possession et conserve le mot de passe propriétaire en lieu sûr.</translation>
    </message>
    <message>
        <source>Continue after a restart (used by the autostart entry).</source>
        <translation>Reprendre après un redémarrage (utilisé par l&apos;entrée de démarrage automatique).</translation>
    </message>
    <message>
        <source>Save every page and error dialog shown as PNG files in DIR.</source>
        <translation>Enregistrer chaque page et chaque boîte d&apos;erreur affichée en fichier PNG dans DIR.</translation>
    </message>
    <message>
        <source>Run COMMAND instead of restarting the computer (the demo&apos;s TPM power cycle).</source>
        <translation>Exécuter COMMAND au lieu de redémarrer l&apos;ordinateur (dans la démo : coupure et remise sous tension du TPM).</translation>
    </message>
    <message>
        <source>Do not add an autostart entry before a restart.</source>
        <translation>Ne pas ajouter d&apos;entrée de démarrage automatique avant un redémarrage.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::AlreadyOwnedPage</name>
    <message>
        <source>The TPM already has an owner</source>
        <translation>Le TPM a déjà un propriétaire</translation>
    </message>
    <message>
        <source>Someone took ownership of this TPM before. If you know the owner password, the wizard can check it and keep it; otherwise the TPM can be cleared.</source>
        <translation>Quelqu&apos;un a déjà pris possession de ce TPM. Si vous connaissez le mot de passe propriétaire, l&apos;assistant peut le vérifier et le conserver ; sinon, le TPM peut être effacé.</translation>
    </message>
    <message>
        <source>I &amp;know the owner password: check it</source>
        <translation>Je &amp;connais le mot de passe propriétaire : le vérifier</translation>
    </message>
    <message>
        <source>Check the owner password I know</source>
        <translation>Vérifier le mot de passe propriétaire que je connais</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Mot de passe propriétaire</translation>
    </message>
    <message>
        <source>&amp;Owner password:</source>
        <translation>&amp;Mot de passe propriétaire :</translation>
    </message>
    <message>
        <source>Software the password was set with</source>
        <translation>Logiciel avec lequel le mot de passe a été défini</translation>
    </message>
    <message>
        <source>Set &amp;with:</source>
        <translation>Défini &amp;avec :</translation>
    </message>
    <message>
        <source>Each wrong try counts toward the TPM&apos;s lockout: after several, the TPM refuses the owner for a while, even the right password. The wizard therefore checks one password at a time and never retries by itself.</source>
        <translation>Chaque essai erroné compte pour le verrouillage du TPM : après plusieurs, le TPM refuse le propriétaire pendant un certain temps, même avec le bon mot de passe. L&apos;assistant vérifie donc un seul mot de passe à la fois et ne réessaie jamais de lui-même.</translation>
    </message>
    <message>
        <source>C&amp;heck this password</source>
        <translation>&amp;Vérifier ce mot de passe</translation>
    </message>
    <message>
        <source>Check this password once</source>
        <translation>Vérifier ce mot de passe une fois</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring</source>
        <translation>Conserver le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>I do not know it: &amp;clear the TPM (destroys its keys)</source>
        <translation>Je ne le connais pas : &amp;effacer le TPM (détruit ses clés)</translation>
    </message>
    <message>
        <source>Clear the TPM</source>
        <translation>Effacer le TPM</translation>
    </message>
    <message>
        <source>This password cannot be used with the chosen software.</source>
        <translation>Ce mot de passe ne peut pas être utilisé avec le logiciel choisi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checking the owner password</source>
        <translation>Vérification du mot de passe propriétaire</translation>
    </message>
    <message>
        <source>The TPM accepted this password. You are its owner.</source>
        <translation>Le TPM a accepté ce mot de passe. Vous en êtes le propriétaire.</translation>
    </message>
    <message>
        <source>The TPM did not accept this password. Check the spelling and the software it was set with before trying again.</source>
        <translation>Le TPM n&apos;a pas accepté ce mot de passe. Vérifiez l&apos;orthographe et le logiciel avec lequel il a été défini avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 It could not be kept in the keyring: %2</source>
        <translation>%1 Il n&apos;a pas pu être conservé dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Keep the checked password in my &amp;desktop keyring</source>
        <translation>Conserver le mot de passe vérifié dans mon &amp;trousseau de bureau</translation>
    </message>
    <message>
        <source>&amp;Show the password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <source>Show the owner password</source>
        <translation>Afficher le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>The TPM already has passwords</source>
        <translation>Le TPM a déjà des mots de passe</translation>
    </message>
    <message>
        <source>Windows, a previous owner or the firmware set this TPM up. If you know its lockout password, the wizard can check it and keep it; otherwise the TPM can be cleared.</source>
        <translation>Windows, un propriétaire précédent ou le micrologiciel a configuré ce TPM. Si vous connaissez son mot de passe de verrouillage, l&apos;assistant peut le vérifier et le conserver ; sinon le TPM peut être effacé.</translation>
    </message>
    <message>
        <source>I &amp;know the lockout password: check it</source>
        <translation>Je &amp;connais le mot de passe de verrouillage : le vérifier</translation>
    </message>
    <message>
        <source>&amp;Lockout password:</source>
        <translation>Mot de passe de ve&amp;rrouillage :</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>One try: after a wrong lockout password the TPM refuses the lockout password — even the right one — for %1. The wizard checks once and never retries by itself.</source>
        <translation>Un seul essai : après un mot de passe de verrouillage erroné, le TPM refuse le mot de passe de verrouillage — même le bon — pendant %1. L&apos;assistant vérifie une fois et ne réessaie jamais de lui-même.</translation>
    </message>
    <message>
        <source>its lockout-recovery time</source>
        <translation>son délai de récupération du verrouillage</translation>
    </message>
    <message>
        <source>Your keyring holds the password a run of this wizard kept for this TPM; it is filled in. Press “Check this password” to confirm that it still works.</source>
        <translation>Votre trousseau contient le mot de passe qu&apos;une exécution de cet assistant a conservé pour ce TPM ; il est rempli. Appuyez sur « Vérifier ce mot de passe » pour confirmer qu&apos;il fonctionne encore.</translation>
    </message>
    <message>
        <source>Checking the lockout password</source>
        <translation>Vérification du mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>The TPM accepted this lockout password.</source>
        <translation>Le TPM a accepté ce mot de passe de verrouillage.</translation>
    </message>
    <message>
        <source>The TPM did not accept this lockout password. It now refuses the lockout password for a while (see the warning above); check where it was written down before trying again.</source>
        <translation>Le TPM n&apos;a pas accepté ce mot de passe de verrouillage. Il refuse maintenant le mot de passe de verrouillage pendant un moment (voir l&apos;avertissement ci-dessus) ; vérifiez où il a été noté avant de réessayer.</translation>
    </message>
    <message>
        <source>&amp;Clear the TPM instead (destroys its keys)</source>
        <translation>&amp;Effacer plutôt le TPM (détruit ses clés)</translation>
    </message>
    <message>
        <source>Someone set an owner or endorsement password on this TPM, but no lockout password. If other programs need those passwords, keep the TPM as it is; otherwise the wizard can clear it and set it up.</source>
        <translation>Quelqu&apos;un a défini un mot de passe propriétaire ou d&apos;approbation sur ce TPM, mais aucun mot de passe de verrouillage. Si d&apos;autres programmes ont besoin de ces mots de passe, laissez le TPM tel quel ; sinon l&apos;assistant peut l&apos;effacer et le configurer.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ClearPage</name>
    <message>
        <source>Clear the TPM</source>
        <translation>Effacer le TPM</translation>
    </message>
    <message>
        <source>Clearing removes the owner and destroys every key the TPM holds for the old owner. This cannot be undone.</source>
        <translation>L&apos;effacement supprime le propriétaire et détruit toutes les clés que le TPM détient pour l&apos;ancien propriétaire. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A clear destroys:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;disk-unlock keys sealed to the TPM (encrypted disks then need their passphrase or recovery key);&lt;/li&gt;&lt;li&gt;Heads TOTP/HOTP secrets (Heads must be set up again);&lt;/li&gt;&lt;li&gt;BitLocker keys kept in the TPM (Windows then asks for the recovery key);&lt;/li&gt;&lt;li&gt;any other key created under the old owner.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;L&apos;effacement détruit :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;les clés de déverrouillage de disque scellées dans le TPM (les disques chiffrés demandent alors leur phrase secrète ou leur clé de récupération) ;&lt;/li&gt;&lt;li&gt;les secrets TOTP/HOTP de Heads (Heads doit être reconfiguré) ;&lt;/li&gt;&lt;li&gt;les clés BitLocker conservées dans le TPM (Windows demande alors la clé de récupération) ;&lt;/li&gt;&lt;li&gt;toute autre clé créée sous l&apos;ancien propriétaire.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>A clear destroys disk-unlock keys sealed to the TPM, Heads TOTP/HOTP secrets, BitLocker keys and any other key of the old owner.</source>
        <translation>L&apos;effacement détruit les clés de déverrouillage de disque scellées dans le TPM, les secrets TOTP/HOTP de Heads, les clés BitLocker et toute autre clé de l&apos;ancien propriétaire.</translation>
    </message>
    <message>
        <source>I &amp;understand that these keys are destroyed and have the recovery keys I need</source>
        <translation>Je &amp;comprends que ces clés seront détruites et je dispose des clés de récupération nécessaires</translation>
    </message>
    <message>
        <source>I understand what a clear destroys</source>
        <translation>Je comprends ce que l&apos;effacement détruit</translation>
    </message>
    <message>
        <source>C&amp;lear the TPM now</source>
        <translation>&amp;Effacer le TPM maintenant</translation>
    </message>
    <message>
        <source>Clear the TPM now</source>
        <translation>Effacer le TPM maintenant</translation>
    </message>
    <message>
        <source>Clear the TPM?</source>
        <translation>Effacer le TPM ?</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner and all its keys are destroyed now. Continue?</source>
        <translation>Le propriétaire du TPM et toutes ses clés vont être détruits. Continuer ?</translation>
    </message>
    <message>
        <source>Confirming physical presence</source>
        <translation>Confirmation de la présence physique</translation>
    </message>
    <message>
        <source>Clearing the TPM</source>
        <translation>Effacement du TPM</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>After the clear, the TPM has no owner and is turned off. Turning it on again takes one more restart; the wizard then makes you its owner.</source>
        <translation>Après l&apos;effacement, le TPM n&apos;a plus de propriétaire et il est désactivé. Le réactiver demande un redémarrage de plus ; l&apos;assistant fait ensuite de vous son propriétaire.</translation>
    </message>
    <message>
        <source>The firmware does not let the operating system clear the TPM now. In the firmware setup (%1), choose %2, save and restart. Then start this wizard again.</source>
        <translation>Le micrologiciel ne permet pas au système d&apos;exploitation d&apos;effacer le TPM maintenant. Dans la configuration du micrologiciel (%1), choisissez %2, enregistrez et redémarrez. Relancez ensuite cet assistant.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Lecture du TPM</translation>
    </message>
    <message>
        <source>&lt;p&gt;A clear destroys, for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the storage key and every key sealed under it: disk-encryption keys enrolled with systemd-cryptenroll or clevis (those disks then need their passphrase or recovery key);&lt;/li&gt;&lt;li&gt;BitLocker&apos;s TPM protector (Windows then asks for the recovery key);&lt;/li&gt;&lt;li&gt;Heads TOTP/HOTP secrets (Heads must be set up again);&lt;/li&gt;&lt;li&gt;any other key kept in the TPM, and its owner, endorsement and lockout passwords.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Un effacement détruit définitivement :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;la clé de stockage et toutes les clés scellées sous elle : les clés de chiffrement de disque inscrites avec systemd-cryptenroll ou clevis (ces disques demandent alors leur phrase secrète ou leur clé de récupération) ;&lt;/li&gt;&lt;li&gt;le protecteur TPM de BitLocker (Windows demande alors la clé de récupération) ;&lt;/li&gt;&lt;li&gt;les secrets TOTP/HOTP de Heads (Heads doit être reconfiguré) ;&lt;/li&gt;&lt;li&gt;toute autre clé conservée dans le TPM, ainsi que ses mots de passe propriétaire, d&apos;approbation et de verrouillage.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>A clear destroys the storage key and every key sealed under it, such as disk-encryption keys, BitLocker&apos;s TPM protector, Heads secrets, and the TPM&apos;s passwords.</source>
        <translation>Un effacement détruit la clé de stockage et toutes les clés scellées sous elle, comme les clés de chiffrement de disque, le protecteur TPM de BitLocker, les secrets de Heads et les mots de passe du TPM.</translation>
    </message>
    <message>
        <source>The wizard clears the TPM with the lockout password you checked, then sets it up again at once; no restart is needed.</source>
        <translation>L&apos;assistant efface le TPM avec le mot de passe de verrouillage vérifié, puis le reconfigure aussitôt ; aucun redémarrage n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer starts. It asks first: on most computers press F12 to clear it, or Esc to reject. The wizard opens again after you log in and sets the TPM up.</source>
        <translation>Le micrologiciel efface le TPM pendant le démarrage de l&apos;ordinateur. Il demande d&apos;abord : sur la plupart des ordinateurs, appuyez sur F12 pour l&apos;effacer, ou sur Échap pour refuser. L&apos;assistant se rouvre après votre connexion et configure le TPM.</translation>
    </message>
    <message>
        <source>&amp;Ask the firmware to clear it</source>
        <translation>Demander au micrologiciel de l’&amp;effacer</translation>
    </message>
    <message>
        <source>Ask the firmware to clear the TPM at the next start</source>
        <translation>Demander au micrologiciel d’effacer le TPM au prochain démarrage</translation>
    </message>
    <message>
        <source>Without the lockout password, only the firmware can clear this TPM, and it does not take requests from the operating system. In the firmware setup (%1), choose %2, save and restart. Then start this wizard again.</source>
        <translation>Sans le mot de passe de verrouillage, seul le micrologiciel peut effacer ce TPM, et il n&apos;accepte pas de demandes du système d&apos;exploitation. Dans la configuration du micrologiciel (%1), choisissez %2, enregistrez et redémarrez. Relancez ensuite cet assistant.</translation>
    </message>
    <message>
        <source>The firmware is asked to clear the TPM at the next start, destroying all its keys once you confirm there. Continue?</source>
        <translation>Le micrologiciel est prié d&apos;effacer le TPM au prochain démarrage, ce qui détruit toutes ses clés dès que vous confirmez. Continuer ?</translation>
    </message>
    <message>
        <source>Asking the firmware to clear the TPM</source>
        <translation>Demande d&apos;effacement du TPM au micrologiciel</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer starts, after asking you to confirm at its prompt. The wizard opens again after you log in and makes you the owner.</source>
        <translation>Le micrologiciel efface le TPM pendant le démarrage de l&apos;ordinateur, après vous avoir demandé de confirmer. L&apos;assistant se rouvre après votre connexion et fait de vous le propriétaire.</translation>
    </message>
    <message>
        <source>The TPM has no lockout password, so the wizard can clear it at once and then set it up again; no restart is needed.</source>
        <translation>Le TPM n&apos;a pas de mot de passe de verrouillage : l&apos;assistant peut donc l&apos;effacer aussitôt puis le reconfigurer ; aucun redémarrage n&apos;est nécessaire.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ClearedPage</name>
    <message>
        <source>The TPM was cleared</source>
        <translation>Le TPM a été effacé</translation>
    </message>
    <message>
        <source>The old owner and every key it had are gone.</source>
        <translation>L&apos;ancien propriétaire et toutes ses clés ont disparu.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>%1 Press “Continue”: the wizard turns the TPM on again, asks for the restart, and then makes you its owner.</source>
        <translation>%1 Appuyez sur « Continuer » : l&apos;assistant réactive le TPM, demande le redémarrage, puis fait de vous son propriétaire.</translation>
    </message>
    <message>
        <source>%1 Press “Continue”: the wizard sets it up again with a new lockout password.</source>
        <translation>%1 Appuyez sur « Continuer » : l&apos;assistant le reconfigure avec un nouveau mot de passe de verrouillage.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::CommandRebooter</name>
    <message>
        <source>The restart command failed (exit status %1).</source>
        <translation>La commande de redémarrage a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>The restart command could not be started.</source>
        <translation>La commande de redémarrage n&apos;a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::DonePage</name>
    <message>
        <source>Your TPM is ready</source>
        <translation>Votre TPM est prêt</translation>
    </message>
    <message>
        <source>The TPM (%1) is on, active and owned by you; it accepted your owner password.</source>
        <translation>Le TPM (%1) est en marche, actif et vous appartient ; il a accepté votre mot de passe propriétaire.</translation>
    </message>
    <message>
        <source>The TPM (%1) is on, active and owned.</source>
        <translation>Le TPM (%1) est en marche, actif et a un propriétaire.</translation>
    </message>
    <message>
        <source>The wizard did not keep the password anywhere: make sure you have it.</source>
        <translation>L&apos;assistant n&apos;a conservé le mot de passe nulle part : assurez-vous de l&apos;avoir.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What next:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heads: use the TPM options in its menu to reset the TPM-backed secrets with this owner password.&lt;/li&gt;&lt;li&gt;tpm-tools: commands such as &lt;i&gt;tpm_nvdefine&lt;/i&gt; or &lt;i&gt;tpm_setclearable&lt;/i&gt; ask for this owner password.&lt;/li&gt;&lt;li&gt;Disk encryption and attestation tools can now create keys under the storage root key.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Et ensuite :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Heads : utilisez les options TPM de son menu pour réinitialiser les secrets liés au TPM avec ce mot de passe propriétaire.&lt;/li&gt;&lt;li&gt;tpm-tools : des commandes comme &lt;i&gt;tpm_nvdefine&lt;/i&gt; ou &lt;i&gt;tpm_setclearable&lt;/i&gt; demandent ce mot de passe propriétaire.&lt;/li&gt;&lt;li&gt;Les outils de chiffrement de disque et d&apos;attestation peuvent maintenant créer des clés sous la clé racine de stockage.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Everything is set up.</source>
        <translation>Tout est configuré.</translation>
    </message>
    <message>
        <source>Your owner password is kept in:%1</source>
        <comment>%1: a list of places</comment>
        <translation>Votre mot de passe propriétaire est conservé dans :%1</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Mot de passe propriétaire</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the owner password</source>
        <translation>Afficher le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the owner password</source>
        <translation>Masquer le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the owner password</source>
        <translation>Copier le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>The password is on the clipboard; paste it where it belongs, then copy something else over it.</source>
        <translation>Le mot de passe est dans le presse-papiers ; collez-le là où il doit aller, puis copiez autre chose par-dessus.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the owner password</source>
        <translation>Imprimer le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the owner password to a file</source>
        <translation>Enregistrer une copie du mot de passe propriétaire dans un fichier</translation>
    </message>
    <message>
        <source>Save for &amp;Windows (.tpm)…</source>
        <translation>Enregistrer pour &amp;Windows (.tpm)…</translation>
    </message>
    <message>
        <source>Save the owner password as a Windows .tpm file</source>
        <translation>Enregistrer le mot de passe propriétaire comme fichier .tpm de Windows</translation>
    </message>
    <message>
        <source>The storage root key password is the well-known one.</source>
        <translation>Le mot de passe de la clé racine de stockage est celui bien connu.</translation>
    </message>
    <message>
        <source>The storage root key password is your owner password.</source>
        <translation>Le mot de passe de la clé racine de stockage est votre mot de passe propriétaire.</translation>
    </message>
    <message>
        <source>The storage root key password was set before this wizard; it does not know it.</source>
        <translation>Le mot de passe de la clé racine de stockage a été défini avant cet assistant ; il ne le connaît pas.</translation>
    </message>
    <message>
        <source>%1 It is set for: %2. %3</source>
        <translation>%1 Il est défini pour : %2. %3</translation>
    </message>
    <message>
        <source>Keep a second copy away from this computer — a printout, or a file on a USB stick — so a broken disk does not take the only copy with it.</source>
        <translation>Gardez une seconde copie loin de cet ordinateur — une impression ou un fichier sur une clé USB — pour qu&apos;un disque en panne n&apos;emporte pas la seule copie.</translation>
    </message>
    <message>
        <source>Save a copy of the owner password</source>
        <translation>Enregistrer une copie du mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation>Enregistré dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1 : %2</translation>
    </message>
    <message>
        <source>Save the Windows owner file</source>
        <translation>Enregistrer le fichier propriétaire Windows</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). Windows&apos; TPM console (tpm.msc) accepts it as the owner password file.</source>
        <translation>Enregistré dans %1 (lisible par vous seul). La console TPM de Windows (tpm.msc) l&apos;accepte comme fichier de mot de passe propriétaire.</translation>
    </message>
    <message>
        <source>The password was printed.</source>
        <translation>Le mot de passe a été imprimé.</translation>
    </message>
    <message>
        <source>The TPM 2.0 (%1) is set up: the shared storage key is there, guessing is limited, and it accepted your new lockout password.</source>
        <translation>Le TPM 2.0 (%1) est configuré : la clé de stockage partagée est en place, les essais sont limités, et il a accepté votre nouveau mot de passe de verrouillage.</translation>
    </message>
    <message>
        <source>The TPM 2.0 (%1) accepted your lockout password.</source>
        <translation>Le TPM 2.0 (%1) a accepté votre mot de passe de verrouillage.</translation>
    </message>
    <message>
        <source>The wizard did not keep the lockout password anywhere: make sure you have it.</source>
        <translation>L&apos;assistant n&apos;a conservé le mot de passe de verrouillage nulle part : assurez-vous de l&apos;avoir.</translation>
    </message>
    <message>
        <source>Your lockout password is kept in:%1</source>
        <comment>%1: a list of places</comment>
        <translation>Votre mot de passe de verrouillage est conservé dans :%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;What next:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Disk encryption: &lt;i&gt;systemd-cryptenroll --tpm2-device=auto&lt;/i&gt; and clevis now keep their keys under the shared storage key; they need no password from you.&lt;/li&gt;&lt;li&gt;tpm2-tools: &lt;i&gt;tpm2_dictionarylockout&lt;/i&gt; and &lt;i&gt;tpm2_clear&lt;/i&gt; ask for the lockout password (&lt;i&gt;-p str:…&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;Keep the lockout password: it is the only way to clear this TPM without the firmware.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Et ensuite :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Chiffrement de disque : &lt;i&gt;systemd-cryptenroll --tpm2-device=auto&lt;/i&gt; et clevis rangent désormais leurs clés sous la clé de stockage partagée ; ils n&apos;ont besoin d&apos;aucun mot de passe de votre part.&lt;/li&gt;&lt;li&gt;tpm2-tools : &lt;i&gt;tpm2_dictionarylockout&lt;/i&gt; et &lt;i&gt;tpm2_clear&lt;/i&gt; demandent le mot de passe de verrouillage (&lt;i&gt;-p str:…&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;Gardez le mot de passe de verrouillage : c&apos;est le seul moyen d&apos;effacer ce TPM sans le micrologiciel.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Mot de passe de verrouillage</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>The step failed.</source>
        <translation>L&apos;étape a échoué.</translation>
    </message>
    <message>
        <source>%1 did not work.</source>
        <translation>Échec : %1.</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Already tried:</source>
        <translation>Déjà essayé :</translation>
    </message>
    <message>
        <source>What to do now:</source>
        <translation>Que faire maintenant :</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the problem report</source>
        <translation>Copier le rapport de problème</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the problem report to a file</source>
        <translation>Enregistrer le rapport de problème dans un fichier</translation>
    </message>
    <message>
        <source>S&amp;tart the TPM</source>
        <translation>&amp;Démarrer le TPM</translation>
    </message>
    <message>
        <source>Start the TPM and try again</source>
        <translation>Démarrer le TPM et réessayer</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>Enregistrer le rapport de problème</translation>
    </message>
    <message>
        <source>Could not save the report to %1.</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sto&amp;p tcsd</source>
        <translation>&amp;Arrêter tcsd</translation>
    </message>
    <message>
        <source>Stop the tcsd service so the wizard can use the TPM</source>
        <translation>Arrêter le service tcsd pour que l&apos;assistant puisse utiliser le TPM</translation>
    </message>
    <message>
        <source>Stop tcsd?</source>
        <translation>Arrêter tcsd ?</translation>
    </message>
    <message>
        <source>tcsd, the TrouSerS daemon that tpm-tools talk through, holds the TPM. The wizard stops it now (your administrator password may be asked for). tpm-tools do not work until it is started again with “sudo systemctl start tcsd”. Continue?</source>
        <translation>tcsd, le démon TrouSerS par lequel passent les tpm-tools, occupe le TPM. L&apos;assistant va l&apos;arrêter (votre mot de passe administrateur peut être demandé). Les tpm-tools ne fonctionneront plus tant qu&apos;il n&apos;aura pas été relancé avec « sudo systemctl start tcsd ». Continuer ?</translation>
    </message>
    <message>
        <source>Stopping tcsd…</source>
        <translation>Arrêt de tcsd…</translation>
    </message>
    <message>
        <source>tcsd was stopped. Press Retry.</source>
        <translation>tcsd a été arrêté. Appuyez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>tcsd was stopped.</source>
        <translation>tcsd a été arrêté.</translation>
    </message>
    <message>
        <source>Stopped tcsd.</source>
        <translation>tcsd arrêté.</translation>
    </message>
    <message>
        <source>tcsd could not be stopped: %1</source>
        <translation>tcsd n&apos;a pas pu être arrêté : %1</translation>
    </message>
    <message>
        <source>Save to a &amp;file instead…</source>
        <translation>Enregistrer dans un &amp;fichier à la place…</translation>
    </message>
    <message>
        <source>Save the password to a file instead</source>
        <translation>Enregistrer le mot de passe dans un fichier à la place</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::FirmwarePage</name>
    <message>
        <source>Change a setting in the firmware</source>
        <translation>Modifier un réglage du micrologiciel</translation>
    </message>
    <message>
        <source>The computer&apos;s firmware does not let the operating system change the TPM now. This takes a visit to the firmware setup.</source>
        <translation>Le micrologiciel de l&apos;ordinateur ne laisse pas le système d&apos;exploitation modifier le TPM pour l&apos;instant. Il faut passer par la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read the TPM again</source>
        <translation>Relire le TPM</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Lecture du TPM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step title: why it is blocked</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The firmware keeps the operating system from switching the TPM on.</source>
        <translation>Le micrologiciel empêche le système d&apos;exploitation d&apos;activer le TPM.</translation>
    </message>
    <message>
        <source>Restart the computer and open the firmware setup (%1, right after switching on).</source>
        <translation>Redémarrez l&apos;ordinateur et ouvrez la configuration du micrologiciel (%1, juste après la mise sous tension).</translation>
    </message>
    <message>
        <source>Restart the computer and open the firmware setup: on this %1, press %2 right after switching on.</source>
        <translation>Redémarrez l&apos;ordinateur et ouvrez la configuration du micrologiciel : sur ce %1, appuyez sur %2 juste après la mise sous tension.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Go to %2.&lt;/li&gt;&lt;li&gt;Set the security chip to &lt;b&gt;Active&lt;/b&gt; (or &lt;b&gt;Enabled&lt;/b&gt;). If there is an option to allow the operating system to manage the TPM, or to allow owner installation, switch it on.&lt;/li&gt;&lt;li&gt;Save and exit (often F10). Log in again: the wizard continues.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Allez dans %2.&lt;/li&gt;&lt;li&gt;Réglez la puce de sécurité sur &lt;b&gt;Active&lt;/b&gt; (ou &lt;b&gt;Enabled&lt;/b&gt;). S&apos;il existe une option permettant au système d&apos;exploitation de gérer le TPM ou d&apos;en prendre possession, activez-la.&lt;/li&gt;&lt;li&gt;Enregistrez et quittez (souvent F10). Reconnectez-vous : l&apos;assistant continue.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Ask the &amp;firmware to turn it on</source>
        <translation>Demander au &amp;micrologiciel de l’activer</translation>
    </message>
    <message>
        <source>Ask the firmware to turn the TPM on at the next start</source>
        <translation>Demander au micrologiciel d&apos;activer le TPM au prochain démarrage</translation>
    </message>
    <message>
        <source>This computer&apos;s firmware can make the change itself: the wizard asks it to, and at the next start the firmware asks you to confirm (press the key it names). Or change the setting by hand:</source>
        <translation>Le micrologiciel de cet ordinateur peut faire le changement lui-même : l&apos;assistant le lui demande, et au prochain démarrage le micrologiciel vous demande de confirmer (appuyez sur la touche qu&apos;il indique). Ou modifiez le réglage à la main :</translation>
    </message>
    <message>
        <source>Ask the firmware?</source>
        <translation>Demander au micrologiciel ?</translation>
    </message>
    <message>
        <source>The firmware is asked to turn the TPM on and activate it at the next start; it asks you to confirm there. Continue?</source>
        <translation>Le micrologiciel est prié d&apos;activer le TPM au prochain démarrage ; il vous demandera de confirmer. Continuer ?</translation>
    </message>
    <message>
        <source>Asking the firmware to turn the TPM on</source>
        <translation>Demande d&apos;activation du TPM au micrologiciel</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::IntroPage</name>
    <message>
        <source>Your TPM</source>
        <translation>Votre TPM</translation>
    </message>
    <message>
        <source>Reading the TPM…</source>
        <translation>Lecture du TPM…</translation>
    </message>
    <message>
        <source>The chip</source>
        <translation>La puce</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>Son état</translation>
    </message>
    <message>
        <source>What the wizard will do</source>
        <translation>Ce que l&apos;assistant va faire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What you will need</source>
        <translation>Ce dont vous aurez besoin</translation>
    </message>
    <message>
        <source>&amp;Read the TPM again</source>
        <translation>&amp;Relire le TPM</translation>
    </message>
    <message>
        <source>Read the TPM again</source>
        <translation>Relire le TPM</translation>
    </message>
    <message>
        <source>The TPM&apos;s state could not be read.</source>
        <translation>L&apos;état du TPM n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Lecture du TPM</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Fabricant :</translation>
    </message>
    <message>
        <source>TPM version:</source>
        <translation>Version du TPM :</translation>
    </message>
    <message>
        <source>Chip version:</source>
        <translation>Version de la puce :</translation>
    </message>
    <message>
        <source>Endorsement key:</source>
        <translation>Clé d&apos;endossement :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>A restart of the computer (the wizard opens again after you log in).</source>
        <translation>Un redémarrage de l&apos;ordinateur (l&apos;assistant se rouvre après votre connexion).</translation>
    </message>
    <message>
        <source>A visit to the firmware setup (the wizard shows what to change).</source>
        <translation>Un passage par la configuration du micrologiciel (l&apos;assistant indique quoi modifier).</translation>
    </message>
    <message>
        <source>The TPM&apos;s current owner password, or agreement to clear the TPM.</source>
        <translation>Le mot de passe propriétaire actuel du TPM, ou votre accord pour effacer le TPM.</translation>
    </message>
    <message>
        <source>An owner password: the wizard suggests a strong one and keeps it in your keyring.</source>
        <translation>Un mot de passe propriétaire : l&apos;assistant en propose un robuste et le conserve dans votre trousseau.</translation>
    </message>
    <message>
        <source>An administrator password when the system asks for it.</source>
        <translation>Un mot de passe administrateur quand le système le demande.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a flag&apos;s name in the form</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Your TPM&apos;s state and the plan</source>
        <translation>L&apos;état de votre TPM et le plan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show the chip&apos;s details</source>
        <translation>Afficher les détails de la puce</translation>
    </message>
    <message>
        <source>Hide the chip&apos;s details</source>
        <translation>Masquer les détails de la puce</translation>
    </message>
    <message>
        <source>Your TPM needs a change in the firmware setup: the wizard cannot turn it on from here. The next page shows what to change.</source>
        <translation>Votre TPM nécessite une modification dans la configuration du micrologiciel : l&apos;assistant ne peut pas l&apos;activer d&apos;ici. La page suivante indique quoi changer.</translation>
    </message>
    <message>
        <source>Your TPM is turned off. The wizard can turn it on and make you its owner.</source>
        <translation>Votre TPM est désactivé. L&apos;assistant peut l&apos;activer et faire de vous son propriétaire.</translation>
    </message>
    <message>
        <source>Ready to turn on the TPM: “Turn on the TPM” confirms that you are at the computer, switches the TPM on and activates it. Nothing is deleted; the firmware setup can switch it off again.</source>
        <translation>Prêt à activer le TPM : « Activer le TPM » confirme que vous êtes devant l&apos;ordinateur, allume le TPM et l&apos;active. Rien n&apos;est supprimé ; la configuration du micrologiciel peut le désactiver à nouveau.</translation>
    </message>
    <message>
        <source>Your TPM is on. The wizard tests it and prepares it for an owner.</source>
        <translation>Votre TPM est activé. L&apos;assistant le teste et le prépare pour un propriétaire.</translation>
    </message>
    <message>
        <source>Your TPM is on and becomes active after a restart.</source>
        <translation>Votre TPM est allumé et devient actif après un redémarrage.</translation>
    </message>
    <message>
        <source>Your TPM is on and has no owner yet. The wizard can make you its owner.</source>
        <translation>Votre TPM est activé et n&apos;a pas encore de propriétaire. L&apos;assistant peut faire de vous son propriétaire.</translation>
    </message>
    <message>
        <source>Owned by you — the owner password is in your keyring.</source>
        <translation>Vous en êtes propriétaire — le mot de passe propriétaire est dans votre trousseau.</translation>
    </message>
    <message>
        <source>Your TPM already has an owner.</source>
        <translation>Votre TPM a déjà un propriétaire.</translation>
    </message>
    <message>
        <source>Your TPM is set up and owned by you.</source>
        <translation>Votre TPM est configuré et vous en êtes propriétaire.</translation>
    </message>
    <message>
        <source>&amp;Turn on the TPM</source>
        <translation>&amp;Activer le TPM</translation>
    </message>
    <message>
        <source>Nothing more.</source>
        <translation>Rien de plus.</translation>
    </message>
    <message>
        <source>This wizard sets up the computer&apos;s security chip (TPM): it turns it on where needed, makes you its owner and keeps your password safe.</source>
        <translation>Cet assistant configure la puce de sécurité (TPM) de l&apos;ordinateur : il l&apos;active si nécessaire, fait de vous son propriétaire et conserve votre mot de passe en lieu sûr.</translation>
    </message>
    <message>
        <source>This wizard sets up TPM 1.2 and TPM 2.0 chips; this computer&apos;s TPM is “%1”.</source>
        <translation>Cet assistant configure les puces TPM 1.2 et TPM 2.0 ; le TPM de cet ordinateur est « %1 ».</translation>
    </message>
    <message>
        <source>The firmware cleared the TPM at the last start, as you asked.</source>
        <translation>Le micrologiciel a effacé le TPM au dernier démarrage, comme demandé.</translation>
    </message>
    <message>
        <source>The firmware carried out the last request.</source>
        <translation>Le micrologiciel a exécuté la dernière demande.</translation>
    </message>
    <message>
        <source>You rejected the request in the firmware at the last start; nothing changed.</source>
        <translation>Vous avez refusé la demande dans le micrologiciel au dernier démarrage ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The firmware could not carry out the last request (its answer: 0x%1); nothing changed.</source>
        <translation>Le micrologiciel n&apos;a pas pu exécuter la dernière demande (sa réponse : 0x%1) ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 is ready to be set up. The wizard creates the shared storage key and sets a lockout password; other programs such as disk encryption keep working.</source>
        <translation>Votre TPM 2.0 est prêt à être configuré. L&apos;assistant crée la clé de stockage partagée et définit un mot de passe de verrouillage ; les autres programmes, comme le chiffrement de disque, continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Set up by you — the lockout password is in your keyring.</source>
        <translation>Configuré par vous — le mot de passe de verrouillage est dans votre trousseau.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 already has passwords that this wizard did not set (Windows, a previous owner or the firmware set them).</source>
        <translation>Votre TPM 2.0 a déjà des mots de passe que cet assistant n&apos;a pas définis (Windows, un propriétaire précédent ou le micrologiciel les a définis).</translation>
    </message>
    <message>
        <source>Your TPM 2.0 is set up, and you have its lockout password.</source>
        <translation>Votre TPM 2.0 est configuré, et vous avez son mot de passe de verrouillage.</translation>
    </message>
    <message>
        <source>A lockout password: the wizard suggests a strong one and keeps it in your keyring.</source>
        <translation>Un mot de passe de verrouillage : l&apos;assistant en propose un robuste et le conserve dans votre trousseau.</translation>
    </message>
    <message>
        <source>The lockout password that was set, or agreement to clear the TPM.</source>
        <translation>Le mot de passe de verrouillage défini, ou votre accord pour effacer le TPM.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 has not been started since it was reset (the firmware normally does that at every boot), so it cannot be read. Restart the computer, then open this wizard again.</source>
        <translation>Votre TPM 2.0 n&apos;a pas été démarré depuis sa dernière réinitialisation (le micrologiciel le fait normalement à chaque démarrage), il ne peut donc pas être lu. Redémarrez l&apos;ordinateur, puis rouvrez cet assistant.</translation>
    </message>
    <message>
        <source>Your TPM 2.0 did not report its state; read it again, or restart the computer.</source>
        <translation>Votre TPM 2.0 n&apos;a pas indiqué son état ; relisez-le, ou redémarrez l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::KeychainStore</name>
    <message>
        <source>The keyring refused to store the password: %1</source>
        <translation>Le trousseau a refusé d&apos;enregistrer le mot de passe : %1</translation>
    </message>
    <message>
        <source>The password was stored but could not be read back from the keyring: %1</source>
        <translation>Le mot de passe a été enregistré mais n&apos;a pas pu être relu depuis le trousseau : %1</translation>
    </message>
    <message>
        <source>The keyring returned a different password than the one stored.</source>
        <translation>Le trousseau a renvoyé un mot de passe différent de celui enregistré.</translation>
    </message>
    <message>
        <source>The keyring entry could not be read.</source>
        <translation>L&apos;entrée du trousseau n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The keyring holds no password for this TPM.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour ce TPM.</translation>
    </message>
    <message>
        <source>your desktop keyring (application “%1”)</source>
        <translation>votre trousseau de bureau (application « %1 »)</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::LogindRebooter</name>
    <message>
        <source>The computer could not be restarted from here (%1). Please restart it from the system menu.</source>
        <translation>L&apos;ordinateur n&apos;a pas pu être redémarré d&apos;ici (%1). Redémarrez-le depuis le menu système.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::OwnershipPage</name>
    <message>
        <source>Taking ownership</source>
        <translation>Prise de possession</translation>
    </message>
    <message>
        <source>The TPM now creates its storage root key. This can take a few minutes; the window stays usable.</source>
        <translation>Le TPM crée maintenant sa clé racine de stockage. Cela peut prendre quelques minutes ; la fenêtre reste utilisable.</translation>
    </message>
    <message>
        <source>Progress of taking ownership</source>
        <translation>Progression de la prise de possession</translation>
    </message>
    <message>
        <source>Keep the password in %1</source>
        <translation>Conserver le mot de passe dans %1</translation>
    </message>
    <message>
        <source>Saved, then read back and compared.</source>
        <translation>Enregistré, puis relu et comparé.</translation>
    </message>
    <message>
        <source>Not sent: the password is not safely kept yet.</source>
        <translation>Non envoyé : le mot de passe n&apos;est pas encore conservé en lieu sûr.</translation>
    </message>
    <message>
        <source>Nothing was sent to the TPM. Go back to choose another place for the password, or fix the problem and try again.</source>
        <translation>Rien n&apos;a été envoyé au TPM. Revenez en arrière pour choisir un autre emplacement pour le mot de passe, ou corrigez le problème et réessayez.</translation>
    </message>
    <message>
        <source>Keeping the owner password</source>
        <translation>Conservation du mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Nothing was sent to the TPM: it stays without an owner.</source>
        <translation>Rien n&apos;a été envoyé au TPM : il reste sans propriétaire.</translation>
    </message>
    <message>
        <source>The password could not be turned into an owner secret.</source>
        <translation>Le mot de passe n&apos;a pas pu être converti en secret propriétaire.</translation>
    </message>
    <message>
        <source>Elapsed %1.</source>
        <translation>Écoulé : %1.</translation>
    </message>
    <message>
        <source>On the way: %1</source>
        <translation>En cours de route : %1</translation>
    </message>
    <message>
        <source>The TPM now has an owner. Check your password on the next page.</source>
        <translation>Le TPM a maintenant un propriétaire. Vérifiez votre mot de passe à la page suivante.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Lecture du TPM</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Steps to take ownership</source>
        <translation>Étapes de la prise de possession</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The desktop keyring could not keep the password.</source>
        <translation>Le trousseau de bureau n&apos;a pas pu conserver le mot de passe.</translation>
    </message>
    <message>
        <source>No keyring (such as GNOME Keyring or KWallet) is running, or it did not accept the password.</source>
        <translation>Aucun trousseau (comme GNOME Keyring ou KWallet) n&apos;est en cours d&apos;exécution, ou il n&apos;a pas accepté le mot de passe.</translation>
    </message>
    <message>
        <source>Save the password to a file instead (only you can read it), or start your keyring and press Retry.</source>
        <translation>Enregistrez plutôt le mot de passe dans un fichier (vous seul pouvez le lire), ou démarrez votre trousseau et appuyez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>Save the owner password to a file</source>
        <translation>Enregistrer le mot de passe propriétaire dans un fichier</translation>
    </message>
    <message>
        <source>%1: running for %2.</source>
        <translation>%1 : en cours depuis %2.</translation>
    </message>
    <message>
        <source>%1 The TPM allows itself %2 for this kind of step; most chips need much less.</source>
        <translation>%1 Le TPM s&apos;accorde %2 pour ce type d&apos;étape ; la plupart des puces ont besoin de beaucoup moins.</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message>
        <source>up to a minute</source>
        <translation>jusqu&apos;à une minute</translation>
    </message>
    <message numerus="yes">
        <source>up to %n minute(s)</source>
        <translation>
            <numerusform>jusqu&apos;à %n minute</numerusform>
            <numerusform>jusqu&apos;à %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting up the TPM</source>
        <translation>Configuration du TPM</translation>
    </message>
    <message>
        <source>The TPM now creates its storage key and takes the lockout password. This takes a few seconds.</source>
        <translation>Le TPM crée maintenant sa clé de stockage et prend le mot de passe de verrouillage. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The TPM is set up and your lockout password works.</source>
        <translation>Le TPM est configuré et votre mot de passe de verrouillage fonctionne.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::PageBase</name>
    <message>
        <source>The TPM&apos;s state could not be understood.</source>
        <translation>L&apos;état du TPM n&apos;a pas pu être interprété.</translation>
    </message>
    <message>
        <source>The helper stopped before the job finished.</source>
        <translation>Le service d&apos;assistance s&apos;est arrêté avant la fin de la tâche.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::PasswordPage</name>
    <message>
        <source>Owner password</source>
        <translation>Mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Whoever knows the owner password controls the TPM. The wizard keeps it for you before the TPM is told about it.</source>
        <translation>Quiconque connaît le mot de passe propriétaire contrôle le TPM. L&apos;assistant le conserve pour vous avant de le communiquer au TPM.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Use this strong passphrase (recommended)</source>
        <translation>&amp;Utiliser cette phrase secrète robuste (recommandé)</translation>
    </message>
    <message>
        <source>Use a generated passphrase</source>
        <translation>Utiliser une phrase secrète générée</translation>
    </message>
    <message>
        <source>Generated passphrase</source>
        <translation>Phrase secrète générée</translation>
    </message>
    <message>
        <source>Generate a different passphrase</source>
        <translation>Générer une autre phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Type my own password</source>
        <translation>Saisir &amp;mon propre mot de passe</translation>
    </message>
    <message>
        <source>Type my own password</source>
        <translation>Saisir mon propre mot de passe</translation>
    </message>
    <message>
        <source>Repeat the owner password</source>
        <translation>Répéter le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-le</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Which software will use this password?</source>
        <translation>Quel logiciel utilisera ce mot de passe ?</translation>
    </message>
    <message>
        <source>Linux tools: tpm-tools, TrouSerS, Heads (recommended)</source>
        <translation>Outils Linux : tpm-tools, TrouSerS, Heads (recommandé)</translation>
    </message>
    <message>
        <source>Compatible with tpm-tools and Heads</source>
        <translation>Compatible avec tpm-tools et Heads</translation>
    </message>
    <message>
        <source>Compatible with Windows</source>
        <translation>Compatible avec Windows</translation>
    </message>
    <message>
        <source>The TPM stores a fingerprint of the password, and programs compute it in different ways. Pick the one you will type it into later.</source>
        <translation>Le TPM mémorise une empreinte du mot de passe, que les programmes calculent de façons différentes. Choisissez celui dans lequel vous le saisirez plus tard.</translation>
    </message>
    <message>
        <source>Use the &amp;well-known storage key password (recommended)</source>
        <translation>Utiliser le mot de passe &amp;bien connu de la clé de stockage (recommandé)</translation>
    </message>
    <message>
        <source>Use the well-known storage root key password</source>
        <translation>Utiliser le mot de passe bien connu de la clé racine de stockage</translation>
    </message>
    <message>
        <source>Most TPM software expects it; your owner password still protects the TPM. Without it, the storage key gets the owner password too.</source>
        <translation>La plupart des logiciels TPM l&apos;attendent ; votre mot de passe propriétaire protège toujours le TPM. Sinon, la clé de stockage reçoit elle aussi le mot de passe propriétaire.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Où le conserver</translation>
    </message>
    <message>
        <source>In my &amp;desktop keyring (recommended)</source>
        <translation>Dans mon &amp;trousseau de bureau (recommandé)</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyring</source>
        <translation>Conserver le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>In a &amp;recovery file, readable only by me</source>
        <translation>Dans un fichier de &amp;récupération, lisible par moi seul</translation>
    </message>
    <message>
        <source>Keep the password in a recovery file</source>
        <translation>Conserver le mot de passe dans un fichier de récupération</translation>
    </message>
    <message>
        <source>Recovery file</source>
        <translation>Fichier de récupération</translation>
    </message>
    <message>
        <source>Choose the recovery file</source>
        <translation>Choisir le fichier de récupération</translation>
    </message>
    <message>
        <source>Print the password</source>
        <translation>Imprimer le mot de passe</translation>
    </message>
    <message>
        <source>The wizard saves the password and reads it back before it sets it on the TPM. A printed copy cannot be checked, so it is kept in addition to the keyring or the file.</source>
        <translation>L&apos;assistant enregistre le mot de passe et le relit avant de le définir dans le TPM. Une copie imprimée ne peut pas être vérifiée : elle ne fait que compléter le trousseau ou le fichier.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Type a password, at least 8 characters.</source>
        <translation>Saisissez un mot de passe d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Use more words or characters.</source>
        <translation>Faible : facile à deviner. Utilisez plus de mots ou de caractères.</translation>
    </message>
    <message>
        <source>Fair: acceptable; longer is better.</source>
        <translation>Moyen : acceptable ; plus long, c&apos;est mieux.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>About %1 bits of randomness: practically impossible to guess.</source>
        <translation>Environ %1 bits d&apos;aléa : pratiquement impossible à deviner.</translation>
    </message>
    <message>
        <source>Choose the keyring or a recovery file: the password must be kept somewhere the wizard can check.</source>
        <translation>Choisissez le trousseau ou un fichier de récupération : le mot de passe doit être conservé à un endroit que l&apos;assistant peut vérifier.</translation>
    </message>
    <message>
        <source>This password cannot be used with the chosen software.</source>
        <translation>Ce mot de passe ne peut pas être utilisé avec le logiciel choisi.</translation>
    </message>
    <message>
        <source>%1 The two passwords differ.</source>
        <translation>%1 Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Owner password choices</source>
        <translation>Choix du mot de passe propriétaire</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>Show the advanced choices</source>
        <translation>Afficher les choix avancés</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: other software, storage key password</source>
        <translation>&amp;Options avancées : autres logiciels, mot de passe de la clé de stockage</translation>
    </message>
    <message>
        <source>Hide the advanced choices</source>
        <translation>Masquer les choix avancés</translation>
    </message>
    <message>
        <source>Ready to take ownership: “Take ownership” keeps the password where you chose and reads it back, then makes you the TPM&apos;s owner. Only clearing the TPM undoes this.</source>
        <translation>Prêt à prendre possession : « Prendre possession » conserve le mot de passe à l&apos;endroit choisi, le relit, puis fait de vous le propriétaire du TPM. Seul un effacement du TPM annule cela.</translation>
    </message>
    <message>
        <source>Ta&amp;ke ownership</source>
        <translation>Pr&amp;endre possession</translation>
    </message>
    <message>
        <source>Windows (its TPM console, tpm.msc)</source>
        <translation>Windows (sa console TPM, tpm.msc)</translation>
    </message>
    <message>
        <source>Older TPM software that asks in a pop-up window (rarely needed)</source>
        <translation>Anciens logiciels TPM qui demandent dans une fenêtre surgissante (rarement nécessaire)</translation>
    </message>
    <message>
        <source>Compatible with older pop-up password prompts</source>
        <translation>Compatible avec les anciennes demandes de mot de passe en fenêtre surgissante</translation>
    </message>
    <message>
        <source>&amp;Print a copy as well, to keep away from the computer</source>
        <translation>&amp;Imprimer aussi une copie, à garder loin de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Keep a second copy away from this computer as well — a printout, or the recovery file copied to a USB stick — so a broken disk does not take the only copy with it.</source>
        <translation>Gardez aussi une seconde copie loin de cet ordinateur — une impression, ou le fichier de récupération copié sur une clé USB — pour qu&apos;un disque en panne n&apos;emporte pas la seule copie.</translation>
    </message>
    <message>
        <source>Lockout password</source>
        <translation>Mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>The lockout password can clear the TPM and end a lockout; other programs never need it. The wizard keeps it for you before the TPM is told about it.</source>
        <translation>Le mot de passe de verrouillage peut effacer le TPM et lever un verrouillage ; les autres programmes n&apos;en ont jamais besoin. L&apos;assistant le conserve pour vous avant de le communiquer au TPM.</translation>
    </message>
    <message>
        <source>Repeat the lockout password</source>
        <translation>Répétez le mot de passe de verrouillage</translation>
    </message>
    <message>
        <source>Ready to set up the TPM: “Set up the TPM” keeps the password where you chose and reads it back, then creates the storage key, sets the protection against guessing and the lockout password, and checks the result.</source>
        <translation>Prêt à configurer le TPM : « Configurer le TPM » conserve le mot de passe à l&apos;endroit choisi et le relit, puis crée la clé de stockage, règle la protection contre les essais et le mot de passe de verrouillage, et vérifie le résultat.</translation>
    </message>
    <message>
        <source>A lockout password is at most %1 bytes (letters outside ASCII take two or more). Use a shorter one.</source>
        <translation>Un mot de passe de verrouillage fait au plus %1 octets (les lettres hors ASCII en prennent deux ou plus). Utilisez-en un plus court.</translation>
    </message>
    <message>
        <source>&amp;Set up the TPM</source>
        <translation>Con&amp;figurer le TPM</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::PrintStore</name>
    <message>
        <source>the printed copy</source>
        <translation>la copie imprimée</translation>
    </message>
    <message>
        <source>Print the owner password</source>
        <translation>Imprimer le mot de passe propriétaire</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you alone.</source>
        <translation>Impossible de rendre %1 lisible par vous seul.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::ProvisioningWizard</name>
    <message>
        <source>TPM Provisioner</source>
        <translation>Configuration du TPM</translation>
    </message>
    <message>
        <source>Stop setting up the TPM?</source>
        <translation>Arrêter la configuration du TPM ?</translation>
    </message>
    <message>
        <source>%1

Start TPM Provisioner again at any time: it continues where it stopped. Stop now?</source>
        <translation>%1

Relancez TPM Provisioner à tout moment : il reprend là où il s&apos;est arrêté. Arrêter maintenant ?</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::RecoveryFileStore</name>
    <message>
        <source>the recovery file %1</source>
        <translation>le fichier de récupération %1</translation>
    </message>
    <message>
        <source>No file was chosen for the recovery file.</source>
        <translation>Aucun fichier n&apos;a été choisi pour la récupération.</translation>
    </message>
    <message>
        <source>The recovery file %1 could not be written: %2</source>
        <translation>Le fichier de récupération %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The recovery file %1 was written but could not be read back: %2</source>
        <translation>Le fichier de récupération %1 a été écrit mais n&apos;a pas pu être relu : %2</translation>
    </message>
    <message>
        <source>The recovery file %1 does not hold the password that was written.</source>
        <translation>Le fichier de récupération %1 ne contient pas le mot de passe écrit.</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>The recovery file %1 already exists and holds another password, which may still be in use. Choose another file name.</source>
        <translation>Le fichier de récupération %1 existe déjà et contient un autre mot de passe, peut-être encore utilisé. Choisissez un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::RestartPage</name>
    <message>
        <source>Restart required</source>
        <translation>Redémarrage nécessaire</translation>
    </message>
    <message>
        <source>The TPM reads its new setting only while the computer starts.</source>
        <translation>Le TPM ne lit son nouveau réglage qu&apos;au démarrage de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart the computer now</source>
        <translation>Redémarrer l&apos;ordinateur maintenant</translation>
    </message>
    <message>
        <source>Please &lt;b&gt;power the computer off completely&lt;/b&gt; (not just restart), wait ten seconds and switch it on again: the TPM clears a failed self-test only when it loses power. Save your work first.</source>
        <translation>Veuillez &lt;b&gt;éteindre complètement l&apos;ordinateur&lt;/b&gt; (pas seulement le redémarrer), attendre dix secondes et le rallumer : le TPM n&apos;efface un autotest échoué que lorsqu&apos;il n&apos;est plus alimenté. Enregistrez d&apos;abord votre travail.</translation>
    </message>
    <message>
        <source>The TPM is switched on and set to become active. Please restart the computer to finish this; save your work first. If the firmware asks whether to accept the TPM change during the restart, accept it (on some laptops: press F1 or Enter).</source>
        <translation>Le TPM est en marche et deviendra actif au prochain démarrage. Redémarrez l&apos;ordinateur pour terminer ; enregistrez d&apos;abord votre travail. Si le micrologiciel demande pendant le redémarrage s&apos;il faut accepter la modification du TPM, acceptez (sur certains portables : touche F1 ou Entrée).</translation>
    </message>
    <message>
        <source>The wizard opens again by itself after you log in and continues where it stopped.</source>
        <translation>L&apos;assistant se rouvre de lui-même après votre connexion et reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>The wizard could not arrange to open again after the restart (%1). Start “TPM Provisioner” yourself after logging in.</source>
        <translation>L&apos;assistant n&apos;a pas pu prévoir sa réouverture après le redémarrage (%1). Lancez « Configuration du TPM » vous-même après vous être connecté.</translation>
    </message>
    <message>
        <source>Start “TPM Provisioner” again after the restart; it continues where it stopped.</source>
        <translation>Relancez « Configuration du TPM » après le redémarrage ; il reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>&amp;Power off now</source>
        <translation>&amp;Éteindre maintenant</translation>
    </message>
    <message>
        <source>Restart the computer?</source>
        <translation>Redémarrer l&apos;ordinateur ?</translation>
    </message>
    <message>
        <source>The computer restarts now. Unsaved work in other programs is lost. Continue?</source>
        <translation>L&apos;ordinateur va redémarrer. Le travail non enregistré dans les autres programmes sera perdu. Continuer ?</translation>
    </message>
    <message>
        <source>Restarting the computer</source>
        <translation>Redémarrage de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Power the computer off now</source>
        <translation>Éteindre l&apos;ordinateur maintenant</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The firmware clears the TPM the next time the computer starts. Please &lt;b&gt;power the computer off&lt;/b&gt; and on again; save your work first. The firmware asks before it clears: on most computers press F12 to clear the TPM, or Esc to reject.</source>
        <translation>Le micrologiciel efface le TPM au prochain démarrage de l&apos;ordinateur. Veuillez &lt;b&gt;éteindre l&apos;ordinateur&lt;/b&gt; puis le rallumer ; enregistrez d&apos;abord votre travail. Le micrologiciel demande avant d&apos;effacer : sur la plupart des ordinateurs, appuyez sur F12 pour effacer le TPM, ou sur Échap pour refuser.</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer restarts. Save your work first. The firmware asks before it clears: on most computers press F12 to clear the TPM, or Esc to reject.</source>
        <translation>Le micrologiciel efface le TPM pendant le redémarrage de l&apos;ordinateur. Enregistrez d&apos;abord votre travail. Le micrologiciel demande avant d&apos;effacer : sur la plupart des ordinateurs, appuyez sur F12 pour effacer le TPM, ou sur Échap pour refuser.</translation>
    </message>
    <message>
        <source>Restart to clear the TPM</source>
        <translation>Redémarrer pour effacer le TPM</translation>
    </message>
    <message>
        <source>The firmware turns the TPM on the next time the computer starts. Please &lt;b&gt;power the computer off&lt;/b&gt; and on again; save your work first. The firmware asks you to confirm the change: press the key it names.</source>
        <translation>Le micrologiciel active le TPM au prochain démarrage de l&apos;ordinateur. Veuillez &lt;b&gt;éteindre l&apos;ordinateur&lt;/b&gt; puis le rallumer ; enregistrez d&apos;abord votre travail. Le micrologiciel vous demande de confirmer le changement : appuyez sur la touche qu&apos;il indique.</translation>
    </message>
    <message>
        <source>The firmware turns the TPM on while the computer restarts. Save your work first. The firmware asks you to confirm the change: press the key it names.</source>
        <translation>Le micrologiciel active le TPM pendant le redémarrage de l&apos;ordinateur. Enregistrez d&apos;abord votre travail. Le micrologiciel vous demande de confirmer le changement : appuyez sur la touche qu&apos;il indique.</translation>
    </message>
    <message>
        <source>The firmware clears the TPM while the computer restarts. Save your work first. It asks you to confirm the clear: press the key it names. The wizard then continues.</source>
        <translation>Le micrologiciel efface le TPM pendant le redémarrage de l&apos;ordinateur. Enregistrez d&apos;abord votre travail. Il vous demande de confirmer l&apos;effacement : appuyez sur la touche qu&apos;il indique. L&apos;assistant continue ensuite.</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <source>After the restart</source>
        <translation>Après le redémarrage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step title: its status</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::TurnOnPage</name>
    <message>
        <source>Turn on the TPM</source>
        <translation>Mettre le TPM en marche</translation>
    </message>
    <message>
        <source>The wizard now switches the TPM on, step by step. Your administrator password may be asked for.</source>
        <translation>L&apos;assistant met maintenant le TPM en marche, étape par étape. Votre mot de passe administrateur peut vous être demandé.</translation>
    </message>
    <message>
        <source>The TPM was already started.</source>
        <translation>Le TPM était déjà démarré.</translation>
    </message>
    <message>
        <source>The TPM had been reset and is now started.</source>
        <translation>Le TPM avait été réinitialisé et il est maintenant démarré.</translation>
    </message>
    <message>
        <source>Reading the TPM</source>
        <translation>Lecture du TPM</translation>
    </message>
    <message>
        <source>The TPM is on. It becomes active after a restart.</source>
        <translation>Le TPM est en marche. Il deviendra actif après un redémarrage.</translation>
    </message>
    <message>
        <source>The TPM is on and active.</source>
        <translation>Le TPM est en marche et actif.</translation>
    </message>
    <message>
        <source>Steps to turn the TPM on</source>
        <translation>Étapes de la mise en marche du TPM</translation>
    </message>
</context>
<context>
    <name>tpmprov::ui::WizardContext</name>
    <message>
        <source>The TPM&apos;s state is not known.</source>
        <translation>L&apos;état du TPM n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>The TPM was cleared: it has no owner and is turned off. Turning it on again takes one more restart.</source>
        <translation>Le TPM a été effacé : il n&apos;a pas de propriétaire et il est désactivé. Le réactiver demande un redémarrage de plus.</translation>
    </message>
    <message>
        <source>The TPM is on and owned by you.</source>
        <translation>Le TPM est activé et vous en êtes propriétaire.</translation>
    </message>
    <message>
        <source>The TPM is on and has an owner.</source>
        <translation>Le TPM est activé et a un propriétaire.</translation>
    </message>
    <message>
        <source>The TPM is turned on and becomes active after the next restart. It has no owner yet.</source>
        <translation>Le TPM est allumé et devient actif après le prochain redémarrage. Il n&apos;a pas encore de propriétaire.</translation>
    </message>
    <message>
        <source>The TPM is on and active. It has no owner yet.</source>
        <translation>Le TPM est allumé et actif. Il n&apos;a pas encore de propriétaire.</translation>
    </message>
    <message>
        <source>The TPM is turned off and has no owner.</source>
        <translation>Le TPM est désactivé et n&apos;a pas de propriétaire.</translation>
    </message>
    <message>
        <source>The TPM is set up, and you have its lockout password.</source>
        <translation>Le TPM est configuré, et vous avez son mot de passe de verrouillage.</translation>
    </message>
    <message>
        <source>The TPM has passwords that this wizard did not set.</source>
        <translation>Le TPM a des mots de passe que cet assistant n&apos;a pas définis.</translation>
    </message>
    <message>
        <source>The TPM was cleared: it has no passwords and no storage key. Other programs can use it again once it is set up.</source>
        <translation>Le TPM a été effacé : il n&apos;a plus de mots de passe ni de clé de stockage. Les autres programmes pourront l&apos;utiliser à nouveau une fois configuré.</translation>
    </message>
    <message>
        <source>The TPM is not set up yet: it has no lockout password.</source>
        <translation>Le TPM n&apos;est pas encore configuré : il n&apos;a pas de mot de passe de verrouillage.</translation>
    </message>
</context>
</TS>
