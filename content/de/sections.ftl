### Die Abschnitte der Seite, in Lesereihenfolge
### Deutsche Übersetzung (Deutschland, Anrede „Sie“) des englischen Originals von
### „aHSCT for MS, explained“. [[angezeigte Wörter|term-id]] und { $name } wie im Original.

## Section: notice
notice-heading = Ist das eine medizinische Beratung?
notice-in-short = Nein. Es sind nur allgemeine Informationen.
notice-para-1 = Diese Informationen sollten nicht als Grundlage dienen, um für eine bestimmte Person eine Behandlung vorzuschlagen. Sie ersetzen keinen Besuch, keinen Anruf und keine Beratung bei einer Ärztin, einem Arzt oder anderen qualifizierten Fachleuten im Gesundheitswesen. Auch deren Rat ersetzen sie nicht.
notice-para-2 = Für eine Beratung zu Ihrer eigenen Behandlung sprechen Sie mit Ihrer Neurologin, Ihrem Neurologen oder Ihrem MS-Team.

## Section: what-is-ahsct
what-is-ahsct-heading = Was ist die aHSZT?
what-is-ahsct-in-short = Die autologe [[hämatopoetische|haematopoietic-stem-cells]] Stammzelltransplantation (aHSZT, englisch: aHSCT) ist eine weitere Art der Behandlung bei MS. Eine Chemotherapie verringert einen großen Teil Ihres Immunsystems. Dann bekommen Sie Ihre eigenen, gelagerten Stammzellen zurück, damit sie es wieder aufbauen.
what-is-ahsct-para-1 = Autolog bedeutet, dass Ihre eigenen Zellen verwendet werden, keine Zellen von einer Spenderin oder einem Spender. Spenderzellen werden bei MS normalerweise nicht verwendet.
what-is-ahsct-para-2 = Bei der aHSZT werden Stammzellen aus Ihrem eigenen Knochenmark gesammelt und gelagert. Später verringern Chemotherapie-Medikamente einen großen Teil Ihrer übrigen Immunzellen.
what-is-ahsct-para-3 = In den meisten Zentren erfolgt die Sammlung heute in zwei Stufen. Zuerst bringen Medikamente die Stammzellen aus dem Knochenmark ins Blut. Dann werden die Stammzellen aus dem Blut gesammelt.
what-is-ahsct-para-4 = Nach der Chemotherapie werden die gelagerten Stammzellen in Ihren Körper zurückgegeben. Mit der Zeit bilden sie neue Zellen. Diese füllen Ihren Körper wieder mit allen Arten von Blutzellen auf, auch mit Immunzellen.
what-is-ahsct-para-5 = Die Chemotherapie leistet die Hauptarbeit beim Neustart des Immunsystems. Die zurückgegebenen Stammzellen tragen dazu bei, dass sich Ihr Blut und Ihr Immunsystem schneller und sicherer erholen.

## Section: aims
aims-heading = Was kann die aHSZT leisten, und was nicht?
aims-in-short = Die aHSZT versucht, das Immunsystem neu zu starten, um die Entzündung zu stoppen, die zu aktiver MS beiträgt. Nerven, die schon geschädigt sind, kann sie nicht reparieren.
aims-para-1 = Schubförmige MS hat [[Schübe|relapse]], auf die jeweils eine gewisse Erholung folgt. Progrediente (fortschreitende) MS wird mit der Zeit stetig schlimmer, entweder von Anfang an oder nach einer früheren schubförmigen Phase.

## Section: suitability
suitability-heading = Für wen könnte die aHSZT geeignet sein?
suitability-in-short = MS ist eine sehr vielfältige Krankheit. Deshalb ist diese Behandlung nicht für alle Menschen geeignet und nicht für alle MS-Formen. Ihre Neurologin, Ihr Neurologe oder Ihr MS-Team kann mit Ihnen besprechen, ob diese Behandlung für Sie infrage kommen könnte.
suitability-para-1 = Eine 2019 veröffentlichte Leitlinie einer amerikanischen Transplantationsgesellschaft empfiehlt die aHSZT bei schubförmiger MS mit Anzeichen, die eine künftige Behinderung vorhersagen. Die Leitlinie nennt besonders [[Schübe|relapse]] oder MRT-Aktivität, die trotz der wirksamsten (hochwirksamen) [[DMT|dmt]] weitergehen. DMT (verlaufsmodifizierende Therapien) sind Medikamente, die man langfristig nimmt, um Schübe zu verringern und die MS-Aktivität zu bremsen.
suitability-para-2 = Laut einer 2020 veröffentlichten europäischen Leitlinie gibt es immer mehr Belege für die aHSZT bei hochaktiver [[schubförmig remittierender MS|ms-types]], die DMT nicht kontrollieren konnten. Die Leitlinie sagt auch, dass die aHSZT bei progredienter MS mit deutlicher Entzündung eine Rolle spielen kann.
suitability-para-3 = Im Vereinigten Königreich sagt die MS Society, dass es Anzeichen einer aktiven Entzündung geben muss. Dazu gehören neue Entzündungsherde, die in MRT-Aufnahmen zu sehen sind. Laut MS Society gibt es die besten Belege bei Menschen mit schubförmiger MS, die:
suitability-para-4 = jünger als 45 Jahre sind
suitability-para-5 = seit weniger als 10 Jahren MS haben
suitability-para-6 = einen Behinderungswert von 5,5 oder weniger haben
suitability-para-7 = Dieser Wert stammt aus der [[EDSS|edss]] (Expanded Disability Status Scale, eine erweiterte Skala zur Beurteilung der Behinderung). Das ist die Skala von 0 bis 10, mit der Ärztinnen und Ärzte die Behinderung durch MS bewerten. Ein höherer Wert bedeutet mehr Behinderung. Ihr MS-Team kann Ihnen Ihren Wert sagen.
suitability-para-8 = Laut MS Australia deuten internationale Belege darauf hin, dass Menschen mit progredienter MS weniger profitieren und ein größeres Risiko für schwere Probleme haben. Laut MS Australia wird die aHSZT bei sekundär progredienter oder primär progredienter MS wahrscheinlich nicht empfohlen.
suitability-para-9 = Bei Menschen mit progredienter MS ohne aktive Entzündung bessert sich der Zustand nach der aHSZT selten. In frühen Studien mit intensiver Behandlung besserte sich der Zustand von Menschen mit sekundär progredienter MS nicht. Ihre MS wurde weiter schlimmer.
suitability-para-10 = Im Vereinigten Königreich können Menschen mit progredienter MS in einem frühen Stadium infrage kommen, wenn sie noch eine aktive Entzündung zeigen.
suitability-para-11 = Die Kriterien unterscheiden sich etwas zwischen den Zentren, und sie ändern sich mit der Zeit. Ihre Neurologin, Ihr Neurologe oder Ihr MS-Team ist die richtige Anlaufstelle für die Frage, ob die Behandlung zu Ihnen passen könnte.

## Section: risks
risks-heading = Welche Risiken und Nebenwirkungen gibt es?
risks-in-short = Es ist wichtig zu wissen: Die aHSZT ist eine intensive Behandlung mit erheblichen Risiken. Für manche Menschen sind diese Risiken lebensbedrohlich. In Studien von 1995 bis 2016 starben etwa 2 von 100 Menschen an der Behandlung; Infektionen gehören zu den Hauptrisiken.
risks-para-1 = Im Vergleich mit anderen MS-Behandlungen, die auf das Immunsystem wirken, hat die aHSZT größere kurzfristige Risiken.
risks-para-2 = Die Chemotherapie selbst hat mehrere bekannte Nebenwirkungen. Dazu gehören eine höhere Neigung zu Blutungen oder blauen Flecken, Müdigkeit, Appetitverlust und Haarausfall.
risks-para-3 = Zu den Risiken während der Behandlung und kurz danach gehören:
risks-para-4 = sehr niedrige Blutwerte
risks-para-5 = Infektionen, die schwer sein können
risks-para-6 = Schäden an Organen
risks-para-7 = allgemeine körperliche Schwäche (Dekonditionierung)
risks-para-8 = Das Infektionsrisiko bleibt noch lange nach der Behandlung erhöht, nicht nur während der Behandlung. In einer 2024 veröffentlichten schwedischen Studie hatten 68 % der Menschen Fieber, während ihre weißen Blutkörperchen niedrig waren. Das sind etwa 7 von 10.
risks-para-10 = Zu den längerfristigen Risiken gehören eine höhere Wahrscheinlichkeit für Krebs, [[neue Autoimmunerkrankungen|secondary-autoimmunity]] wie Schilddrüsenprobleme, eine frühe Menopause und Probleme mit der Fruchtbarkeit. Der Verlust der Fruchtbarkeit kann dauerhaft sein. In einer Studie kam bei 13 von 43 Frauen die Periode nicht zurück (etwa 3 von 10).
risks-para-11 = Eine europäische Studie untersuchte Menschen, die von 1995 bis 2009 wegen Autoimmunerkrankungen behandelt wurden, nicht nur wegen MS. Innerhalb von 5 Jahren hatte etwa 1 von 10 eine neue Autoimmunerkrankung (9,8 %). Am häufigsten war eine Entzündung der Schilddrüse.
risks-para-12 = In einem US-Zentrum bekamen 16 Menschen mit MS, die von 2003 bis 2019 behandelt wurden, eine Schilddrüsenunterfunktion (3,5 %). Weitere 15 (3,3 %) bekamen eine Schilddrüsenüberfunktion. Das ist jeweils etwa 1 von 30.
risks-para-13 = In einer 2014 veröffentlichten schwedischen Studie waren Gürtelrose und Schilddrüsenerkrankungen die häufigsten langfristigen Nebenwirkungen. Gürtelrose betraf 15 % der Menschen, also etwa 1 von 7.
risks-para-14 = Manche Menschen sind an der Behandlung gestorben. In Studien, die von 1995 bis 2016 veröffentlicht wurden, starben etwa 2 von 100 Menschen an der Behandlung (2,1 %).
risks-para-15 = In älteren Studien waren die Todesraten höher. Höher waren sie auch in Studien mit Menschen mit stärkerer Behinderung oder mit weniger Menschen mit [[schubförmig remittierender MS|ms-types]].
risks-para-16 = Die Todesraten sind mit der Zeit gesunken. In erfahrenen Zentren mit heutigen Verfahren sind die berichteten Todesraten viel niedriger, aber das Risiko ist nicht null.
risks-para-21 = Zum Beispiel starb in einer Studie namens MIST (2005 bis 2016) niemand von den 55 Menschen, die eine aHSZT bekamen. In einer 2014 veröffentlichten schwedischen Studie mit 48 Menschen starb niemand. In einem US-Zentrum starb 1 von 507 Menschen, die von 2003 bis 2019 behandelt wurden, an der Behandlung.
risks-para-17 = Die Erfahrung eines Zentrums ist wichtig. Ein europäisches Register (ein Verzeichnis von Transplantationen bei Autoimmunerkrankungen) umfasste die Jahre 1994 bis 2015. Es brachte bessere Ergebnisse mit der Erfahrung des Zentrums und mit einer Akkreditierung durch [[JACIE|jacie]] in Verbindung.
risks-para-18 = JACIE ist eine Stelle, die Transplantationszentren nach Qualitäts- und Sicherheitsstandards prüft.
risks-para-19 = Eine Studie aus Nord- und Südamerika umfasste Transplantationen bei Autoimmunerkrankungen, nicht nur bei MS, von 1996 bis 2009. Zentren, die nur wenige Transplantationen bei Autoimmunerkrankungen durchgeführt hatten, hatten ein höheres Todesrisiko.
risks-para-20 = Bei Zentren mit weniger als 5 solchen Transplantationen war das Risiko 3,5-mal so hoch wie bei Zentren mit mehr als 15. Bei Zentren mit 5 bis 15 war es 4,2-mal so hoch.
# The "When to call your team" notice: shown in this section, in steps 7 and 8, and in the short version.
call-team-heading = Wann Sie Ihr Team anrufen sollten
call-team-para-1 = Wenn Sie wieder zu Hause sind und Fieber bekommen, rufen Sie sofort Ihr Transplantationsteam oder eine Ärztin oder einen Arzt in Ihrer Nähe an. Ein Transplantationszentrum sagt: Rufen Sie an, wenn Ihre Temperatur 38,0 °C (100,5 °F) oder höher ist, auch wenn Sie sich wohlfühlen. Nutzen Sie die Nummer, die Ihr Team Ihnen gegeben hat.
call-team-para-2 = Dieses Zentrum nennt weitere Anzeichen einer Infektion: neuen Husten, Atemnot, Schweißausbrüche, Schüttelfrost, Halsschmerzen, Durchfall und einen Hautausschlag. Außerdem nennt es wunde Stellen im Mund, Schmerzen oder Brennen beim Wasserlassen sowie Rötung, Schwellung oder Absonderungen an der Einstichstelle eines zentralen Venenkatheters. Rufen Sie auch bei diesen Anzeichen an, und folgen Sie den Anweisungen und dem Temperaturwert Ihres eigenen Teams, falls diese abweichen.

## Section: timeline
timeline-heading = Was passiert bei der aHSZT, Schritt für Schritt?
timeline-in-short = Die Behandlungsschritte dauern meist mehrere Wochen bis einige Monate. Die Erholung dauert danach noch viele Monate, bei manchen Menschen ein Jahr oder länger.
timeline-para-1 = Die aHSZT ist eine einmalige Behandlung aus mehreren Schritten, verteilt über mehrere Wochen.
timeline-para-2 = Es gibt keinen einheitlichen Standardplan. Medikamente, zeitlicher Ablauf und Krankenhausaufenthalte sind von Zentrum zu Zentrum verschieden. Ihr Team wird Ihnen seinen eigenen Zeitplan erklären.

## Section: stem-cells
stem-cells-heading = Was sind blutbildende Stammzellen?
stem-cells-in-short = Das sind Zellen in Ihrem Knochenmark, die jede Art von Blutzelle bilden können, auch Immunzellen.
stem-cells-para-1 = Blutbildende Stammzellen heißen auch [[hämatopoetische|haematopoietic-stem-cells]] Stammzellen. Das englische Wort dafür ist haematopoietic, in den USA schreibt man hematopoietic.
stem-cells-para-2 = Es handelt sich um eine Art adulter Stammzellen, die im Knochenmark gebildet werden. Das Knochenmark ist das schwammartige Gewebe im Inneren mancher Knochen.
stem-cells-para-3 = Diese Stammzellen können die verschiedenen Zellen im Blut bilden. Dazu gehören rote Blutkörperchen, Blutplättchen und Immunzellen, die auch weiße Blutkörperchen heißen.
stem-cells-para-4 = Die meisten dieser Stammzellen bleiben im Knochenmark. Nur sehr wenige sind im Blut unterwegs.
stem-cells-para-5 = Diese Seite erklärt eine MS-Behandlung, die diese Stammzellen nutzt. Die Behandlung heißt [[autologe|autologous]] hämatopoetische Stammzelltransplantation (aHSZT).

## Section: why
why-heading = Warum untersuchen Forschende Stammzellen bei MS?
why-in-short = Es werden weiterhin wirksamere Behandlungen für Multiple Sklerose (MS) gebraucht. Stammzelltherapien werden als möglicher Weg erforscht, diesen Bedarf zu decken.
why-para-1 = Stammzellen haben einzigartige Eigenschaften. Deshalb sind sie vielversprechende Kandidaten für Behandlungen, die die Krankheitsaktivität der MS bremsen können.
why-para-2 = Krankheitsaktivität heißt, dass es Anzeichen für eine aktive MS gibt. Beispiele sind [[Schübe|relapse]], eine zunehmende Behinderung und neue Entzündungen in MRT-Aufnahmen. Ein Schub ist eine Phase mit neuen oder stärker werdenden Symptomen, auf die eine vollständige oder teilweise Erholung folgt.

## Section: availability
availability-heading = Wo gibt es die aHSZT?
availability-in-short = Das hängt vom Land ab, manchmal auch davon, wo Sie innerhalb des Landes wohnen.
availability-para-1 = In einigen wenigen Ländern gilt die aHSZT als Behandlung für hochaktive MS. Die Bedingungen, um sie zu bekommen, können sich zwischen Ländern oder sogar innerhalb eines Landes unterscheiden.
availability-para-2 = Selbst wo die aHSZT zugelassen ist, ist sie vielleicht nicht verfügbar. Das kann daran liegen, dass es nicht genug Fachwissen oder Mittel gibt.
availability-para-3 = Im Jahr 2019 erfasste ein europäisches Register (ein Verzeichnis von Transplantationen) über 1.400 aHSZT-Behandlungen bei MS. Die meisten fanden im Vereinigten Königreich, in Italien, Schweden und Polen statt.
availability-para-4 = Eine 2024 veröffentlichte schwedische Studie schrieb, dass die meisten Länder die aHSZT noch nicht in ihre nationalen MS-Leitlinien aufgenommen hatten. Laut der Studie setzt Schweden die aHSZT in der Routineversorgung ein.
availability-para-5 = Stand Februar 2019 erlaubte die Richtlinie von NHS England die aHSZT als Möglichkeit für manche Menschen mit MS. Die Kriterien, die Ärztinnen und Ärzte anwenden, begrenzen sie auf eine kleine Gruppe mit sehr aktiver MS trotz mindestens einer zugelassenen [[DMT|dmt]]. Außerdem erlauben die Kriterien sie bei sehr seltener „maligner“ MS.
availability-para-6 = Die MS Society (UK) sagt, dass Zentren im Vereinigten Königreich von [[JACIE|jacie]] akkreditiert sein müssen. JACIE prüft Transplantationszentren nach Qualitäts- und Sicherheitsstandards.
availability-para-7 = Berichte aus den Jahren 2017 bis 2020 beschreiben Menschen, die zu Privatkliniken im Ausland reisten, zum Beispiel nach Mexiko oder Russland. Vor einer privaten Behandlung oder einer Behandlung im Ausland rät die MS Society (UK), Folgendes zu prüfen:
availability-para-8 = was genau angeboten wird
availability-para-9 = ob die Klinik internationale Standards erfüllt, etwa JACIE
availability-para-10 = wie viel Erfahrung sie mit MS hat
availability-para-11 = welche Nachsorge sie bietet
availability-para-12 = was im Preis enthalten ist, denn Reise und Unterkunft sind vielleicht nicht enthalten
availability-para-13 = Die MS Society empfiehlt dringend, zuerst mit einer Neurologin oder einem Neurologen zu sprechen.

## Section: evidence
evidence-heading = Was haben Studien bisher gezeigt?
evidence-in-short = In bisherigen Studien hatten viele Menschen nach der aHSZT jahrelang keine neuen Anzeichen von MS-Aktivität. Die Ergebnisse unterscheiden sich zwischen den Studien und waren bei schubförmiger MS besser.
evidence-para-1 = Dies sind die wichtigsten Ergebnisse, die die Quellen berichten. Die Studien unterscheiden sich darin, wer teilnahm, welche Medikamente genutzt wurden und wie lange die Menschen beobachtet wurden. Deshalb kann man ihre Zahlen nicht direkt vergleichen.
evidence-para-2 = Viele Studien geben [[NEDA|neda]] an. Das steht für „no evidence of disease activity“, also „kein Hinweis auf Krankheitsaktivität“. Es bedeutet: keine [[Schübe|relapse]], keine Verschlechterung der Behinderung und keine neue Aktivität in MRT-Aufnahmen.
evidence-para-3 = Eine Übersichtsarbeit von 2017 fasste 15 Studien mit 764 Menschen zusammen. Nach 5 Jahren hatten 67 % keinen Hinweis auf Krankheitsaktivität, und bei 23,3 % hatte sich die Behinderung verschlechtert.
evidence-para-4 = Eine Übersichtsarbeit von 2022 fasste 50 sehr unterschiedliche Studien mit 4.831 Menschen zusammen. Insgesamt hatten 68 % keinen Hinweis auf Krankheitsaktivität, und bei 73 % hatte sich die Behinderung nicht verschlechtert.
evidence-para-5 = In Schweden wurden 174 Menschen mit [[schubförmig remittierender MS|ms-types]] in der Routineversorgung behandelt. Nach 5 Jahren hatten 73 % keinen Hinweis auf Krankheitsaktivität. Nach 10 Jahren waren es 65 %.
evidence-para-6 = In dieser schwedischen Studie hatten 149 Menschen zu Beginn eine gewisse Behinderung. Danach hatte sich der Zustand bei 54 % gebessert, bei 37 % war er stabil und bei 9 % schlechter.
evidence-para-7 = Ein US-Zentrum behandelte 507 Menschen. Nach 4 Jahren hatte sich die Behinderung bei 95 % der Menschen mit schubförmig remittierender MS nicht verschlechtert. Bei sekundär progredienter MS waren es 66 %.
evidence-para-8 = Eine ältere Registerstudie (mit Einträgen aus einem Verzeichnis von Transplantationen) beobachtete 281 Menschen, die von 1995 bis 2006 behandelt wurden, die meisten mit progredienter MS. Nach 5 Jahren hatte sich die Behinderung bei 46 % nicht verschlechtert.
evidence-para-9 = In einer 2016 veröffentlichten kanadischen Studie bekamen 24 Menschen eine sehr intensive Behandlung. Nach 3 Jahren hatten 69,6 % keine MS-Aktivität. Von den 24, die von 2001 bis 2009 behandelt wurden, starb eine Person an Komplikationen der Behandlung.
evidence-para-10 = Mehrere Studien fanden bessere Ergebnisse bei schubförmiger MS. Eine Studie fand auch bessere Ergebnisse bei jüngeren Menschen, die noch nicht so lange MS hatten.
evidence-para-11 = Die Übersichtsarbeit von 2017 fand das beste Verhältnis von Nutzen und Risiko bei aggressiver (sehr aktiver) schubförmig remittierender MS. Am besten war es, bevor sich eine hohe Behinderung entwickelt hatte.
evidence-para-12 = Im Jahr 2019 prüfte eine amerikanische Transplantationsgesellschaft die Belege. Die Gesellschaft kam zu dem Ergebnis, dass die aHSZT bei aktiver schubförmiger MS Schübe, neue MRT-Aktivität und eine zunehmende Behinderung verhindern kann.

## Section: research
research-heading = Was muss die Forschung noch zeigen?
research-in-short = Ganz entscheidend: Nötig sind mehr große randomisierte kontrollierte Studien nach dem Goldstandard, speziell für MS. Diese Studien sollten die aHSZT mit den heute verfügbaren MS-Behandlungen vergleichen.
research-para-1 = Eine frühere randomisierte Studie namens MIST verglich die aHSZT mit einem Wechsel zu einer anderen [[DMT|dmt]]. Der Zufall entschied, was jede Person bekam. Teilgenommen haben 110 Menschen mit [[schubförmig remittierender MS|ms-types]], die von 2005 bis 2016 aufgenommen wurden.
research-para-2 = In MIST verschlechterte sich die Behinderung bei 3 Menschen nach der aHSZT und bei 34 Menschen, die die DMT gewechselt hatten. Jede Gruppe umfasste 55 Menschen.
research-para-3 = Die Hälfte der Menschen in MIST wurde 2 Jahre oder länger beobachtet, im Durchschnitt 2,8 Jahre. Nur 23 Menschen wurden 5 Jahre lang jedes Jahr untersucht.
research-para-4 = Die Autorinnen und Autoren nennen MIST eine vorläufige Studie, die wiederholt werden muss. Außerdem verglich MIST die aHSZT nicht mit vielen der heute wirksamsten DMT.
research-para-5 = Neuere Studien vergleichen die aHSZT mit diesen Medikamenten. Dazu gehören StarMS im Vereinigten Königreich, BEAT-MS in den USA und RAM-MS, das von Norwegen aus geleitet wird.

## Section: questions
questions-heading = Was könnte ich mein MS-Team fragen?
questions-in-short = Hier finden Sie Fragen, die Sie vielleicht stellen möchten: vor der Entscheidung, zur Behandlung und zur Erholung. Haken Sie die gewünschten Fragen an, fügen Sie eigene hinzu und drucken oder kopieren Sie dann Ihre Liste.
questions-para-1 = Ihre Neurologin, Ihr Neurologe oder Ihr MS-Team kennt Ihre Situation und den Plan des eigenen Zentrums. Diese Fragen können Ihnen helfen, das Gespräch zu beginnen.

## Section: read-more
read-more-heading = Wo kann ich mehr lesen?
read-more-in-short = Gemeinnützige MS-Organisationen veröffentlichen ausführliche Ratgeber zur aHSZT. Auch Ihr MS-Team kann Ihnen mehr dazu sagen.

## Section: glossary
glossary-heading = Was bedeuten die medizinischen Wörter?
glossary-in-short = Hier finden Sie die medizinischen Wörter dieser Seite, in einfachem Deutsch erklärt. Sie können auch ein Wort im Text auswählen, um seine Bedeutung direkt dort zu sehen.

## Section: sources
sources-heading = Woher stammen diese Informationen?
sources-in-short = Fakten mit einer Nummer stammen aus den unten aufgeführten Quellen. Von den übrigen stammen manche aus dem allgemeinen Text, auf dem diese Erklärseite beruht und der keine Quellen nennt. Andere fassen Fakten zusammen, die an anderer Stelle dieser Seite mit ihren Quellen stehen.
sources-para-1 = Studienstatus und Seiten gemeinnütziger Organisationen sind so angegeben, wie die Quellen sie zeigten. Das kann sich seitdem geändert haben. Viele Aussagen hier nennen das Datum, das ihre Quelle angab. Manche Seiten nennen kein Datum, deshalb können wir nicht sagen, wie aktuell sie sind.
sources-para-2 = Das Prüfdatum unten zeigt, wann dieser Text zuletzt mit unseren Notizen aus den Quellen abgeglichen wurde. Es bedeutet nicht, dass jede Quelle an diesem Tag erneut geprüft wurde.

## What aHSCT aims to do, and cannot do (after the section "aims")
aims-can-heading = Was die aHSZT erreichen will
aims-can-1 = Die aHSZT versucht, Ihr Immunsystem „neu zu formatieren“, also neu zu starten.
aims-can-2 = Ziel ist, die Entzündung zu stoppen, die zu aktiver, schubförmiger MS oder zu aktiver, progredienter MS beiträgt.
aims-can-3 = Die Chemotherapie entfernt das Immunsystem ganz oder zu einem großen Teil, auch die Zellen, die vermutlich die MS antreiben.
aims-can-4 = Mit der Zeit bilden die zurückgegebenen Stammzellen neue Blut- und Immunzellen.
aims-cannot-heading = Was die aHSZT nicht kann
aims-cannot-1 = Diese Stammzellen können geschädigte Nerven nicht erneuern.
aims-cannot-2 = Auch andere geschädigte Teile von Gehirn und Rückenmark können sie nicht reparieren.
aims-cannot-3 = Wenn sich eine Behinderung nach der Behandlung bessert, hält die Besserung nicht immer an.
aims-cannot-4 = Die aHSZT ist nicht für alle Menschen mit MS geeignet und nicht für jede MS-Form.

## The randomised trials (after the section "research")
trials-heading = Neuere randomisierte Studien
trials-where-label = Wo
trials-compared-with-label = Verglichen mit
trials-status-label = Stand, wie zuletzt berichtet
trial-starms-name = StarMS
trial-starms-country = Vereinigtes Königreich, in 19 Kliniken.
trial-starms-comparison = Die wirksamsten (hochwirksamen) DMT: Alemtuzumab, Ocrelizumab, Ofatumumab oder Cladribin.
trial-starms-status = Geplant für 198 Menschen. Laut MS Trust endete die Aufnahme im November 2024 mit 94 Menschen, und Ergebnisse wurden für Juli 2027 erwartet. Wir wissen nicht, wann die Seite dazu zuletzt aktualisiert wurde.
trial-beat-ms-name = BEAT-MS
trial-beat-ms-country = Vereinigte Staaten. Der britische Teil ist bei der NHS Health Research Authority registriert.
trial-beat-ms-comparison = Die beste verfügbare Behandlung: die wirksamsten (hochwirksamen) DMT.
trial-beat-ms-status = Geplant für 156 Menschen, die jeweils 6 Jahre lang beobachtet werden; ein Eintrag nennt Oktober 2029 als Studienende. Stand März 2023 meldete der Eintrag der Studie auf ClinicalTrials.gov, einer öffentlichen Studienliste, dass sie Teilnehmende aufnimmt. Eine spätere Fassung des Eintrags ist auf Januar 2024 datiert, daher kann sich das geändert haben.
trial-ram-ms-name = RAM-MS
trial-ram-ms-country = Geleitet von Norwegen aus, mit Teilnehmenden in Dänemark, den Niederlanden, Norwegen und Schweden.
trial-ram-ms-comparison = Alemtuzumab, Cladribin oder Ocrelizumab.
trial-ram-ms-status = Geplant für 100 Menschen. Stand Juni 2025 meldete ein Eintrag, dass die Studie keine Teilnehmenden mehr aufnimmt, aber noch läuft. Verschiedene Einträge nannten März 2026 oder März 2028 als Studienende.
