# mscwork interface strings, Dutch (informal "je"). Ids: keys-<screen>-<action>[-hint]
# are the keys of each screen (help box text; -hint: its word in the hint bar).

keys-scale-right = hoger
keys-scale-right-hint = hoger
keys-scale-left = lager
keys-scale-left-hint = lager
keys-scale-digit = typ de waarde: 1 en dan 0 is 10
keys-scale-top = laagste waarde
keys-scale-bottom = hoogste waarde
keys-scale-save = opslaan
keys-scale-save-hint = opslaan
keys-scale-back = annuleren
keys-scale-back-hint = annuleren
keys-scale-help = hulp: alle toetsen
keys-scale-help-hint = hulp
keys-scale-quit = opslaan en afsluiten
keys-choice-up = optie erboven
keys-choice-down = optie eronder
keys-choice-left = optie links
keys-choice-right = optie rechts
keys-choice-toggle = kiezen: of weer uitvinken; bij Anders schrijf je zelf iets
keys-choice-toggle-hint = kiezen
keys-choice-save = opslaan: je keuze
keys-choice-save-hint = opslaan
keys-choice-back = annuleren
keys-choice-back-hint = annuleren
keys-choice-help = hulp: alle toetsen
keys-choice-help-hint = hulp
keys-choice-quit = opslaan en afsluiten
keys-choice-other-open = klaar met schrijven
keys-choice-other-open-hint = klaar
keys-choice-other-back = klaar met schrijven; in het plan: voornemen voor later bewaren
keys-choice-other-help = hulp: alle toetsen
keys-choice-other-help-hint = hulp
keys-choice-other-quit = opslaan en afsluiten
keys-assess-intro-open = beginnen: of verder met je concept
keys-assess-intro-open-hint = beginnen
keys-assess-intro-digit = hoe je voornemens gingen: 1 nog niet … 5 helemaal
keys-assess-intro-start-over = weggooien: je concept; begin opnieuw (vraagt eerst)
keys-assess-intro-start-over-hint = weggooien
keys-assess-intro-results = uitslag: van de laatste keer
keys-assess-intro-results-hint = uitslag
keys-assess-intro-up = omhoog scrollen
keys-assess-intro-down = omlaag scrollen
keys-assess-intro-page-up = pagina omhoog
keys-assess-intro-page-down = pagina omlaag
keys-assess-intro-back = terug
keys-assess-intro-back-hint = terug
keys-assess-intro-help = hulp: alle toetsen
keys-assess-intro-help-hint = hulp
keys-assess-intro-quit = afsluiten
keys-assess-item-digit = antwoorden: met dat cijfer, en verder
keys-assess-item-digit-hint = antwoorden
keys-assess-item-up = antwoord erboven
keys-assess-item-down = antwoord eronder
keys-assess-item-save = antwoorden: met het gemarkeerde, en verder
keys-assess-item-prev = terug: naar de vorige uitspraak
keys-assess-item-prev-hint = terug
keys-assess-item-next = vooruit: naar de volgende beantwoorde uitspraak
keys-assess-item-back = pauze: je antwoorden worden bewaard als concept
keys-assess-item-back-hint = pauze
keys-assess-item-help = hulp: alle toetsen
keys-assess-item-help-hint = hulp
keys-assess-item-quit = afsluiten: je antwoorden worden bewaard als concept
keys-results-next = volgende: tabblad
keys-results-next-hint = volgende
keys-results-prev = vorig tabblad
keys-results-up = omhoog scrollen
keys-results-down = omlaag scrollen
keys-results-page-up = pagina omhoog
keys-results-page-down = pagina omlaag (ook Space)
keys-results-left = eerdere keer: uitslag en plan van toen
keys-results-left-hint = eerdere keer
keys-results-right = latere keer
keys-results-back = terug
keys-results-back-hint = terug
keys-results-help = hulp: alle toetsen
keys-results-help-hint = hulp
keys-results-quit = afsluiten
keys-plan-up = voornemen erboven
keys-plan-down = voornemen eronder
keys-plan-toggle = kiezen: of weer uitvinken (één tot drie)
keys-plan-toggle-hint = kiezen
keys-plan-own = eigen: schrijf je eigen voornemen
keys-plan-own-hint = eigen
keys-plan-save = opslaan: je plan
keys-plan-save-hint = opslaan
keys-plan-next = volgend tabblad
keys-plan-prev = vorige: tabblad
keys-plan-prev-hint = vorige
keys-plan-left = eerdere keer: uitslag en plan van toen
keys-plan-right = latere keer
keys-plan-back = terug
keys-plan-help = hulp: alle toetsen
keys-plan-help-hint = hulp
keys-plan-quit = afsluiten
keys-chapter-next = volgende stap
keys-chapter-next-hint = volgende
keys-chapter-prev = vorige stap
keys-chapter-prev-hint = vorige
keys-chapter-up = omhoog scrollen
keys-chapter-down = omlaag scrollen
keys-chapter-page-up = pagina omhoog
keys-chapter-page-down = pagina omlaag
keys-chapter-read-on = pagina omlaag; aan het eind van een tekst: volgende stap
keys-chapter-edit = open: schrijven, inchecken, kiezen of de oefening beginnen
keys-chapter-edit-hint = open
keys-chapter-new-answer = nieuw antwoord: de eerdere blijven bewaard
keys-chapter-new-answer-hint = nieuw antwoord
keys-chapter-choose = kiezen: met welk van je antwoorden Enter verdergaat
keys-chapter-contents = inhoud: de stappen; ga naar een stap
keys-chapter-contents-hint = inhoud
keys-chapter-back = terug: naar de hoofdstukkenlijst
keys-chapter-back-hint = terug
keys-chapter-help = hulp: alle toetsen
keys-chapter-help-hint = hulp
keys-chapter-quit = afsluiten
keys-editor-back = opslaan en de editor sluiten
keys-editor-back-hint = opslaan en sluiten
keys-editor-save = nu opslaan
keys-editor-save-hint = nu opslaan
keys-editor-undo = ongedaan maken, woord voor woord
keys-editor-undo-hint = ongedaan maken
keys-editor-external-editor = bewerken: in je eigen editor ($VISUAL of $EDITOR)
keys-editor-redo = opnieuw doen, woord voor woord
keys-editor-help = hulp: alle toetsen
keys-editor-help-hint = hulp
keys-editor-quit = opslaan en afsluiten
keys-editor-move = een teken of een regel verder
keys-editor-move-2 = een woord terug of verder
keys-editor-move-3 = een alinea terug of verder
keys-editor-move-4 = begin of eind van de regel
keys-editor-move-5 = een scherm omhoog of omlaag
keys-editor-top = begin van de tekst
keys-editor-bottom = eind van de tekst
keys-history-up = vorig antwoord
keys-history-down = volgend antwoord
keys-history-page-up = pagina omhoog
keys-history-page-down = pagina omlaag
keys-history-top = nieuwste
keys-history-bottom = oudste
keys-history-open = lezen: het hele antwoord
keys-history-open-hint = lezen
keys-history-search = zoeken: al typend; hoofdletters en accenten tellen niet mee
keys-history-search-hint = zoeken
keys-history-filter-next = hoofdstuk: alleen het volgende hoofdstuk tonen
keys-history-filter-next-hint = hoofdstuk
keys-history-filter-prev = filter op het vorige hoofdstuk
keys-history-export = exporteren: alles naar een Markdown-bestand
keys-history-export-hint = export
keys-history-back = terug: wist eerst de zoekopdracht
keys-history-back-hint = terug
keys-history-help = hulp: alle toetsen
keys-history-help-hint = hulp
keys-history-quit = afsluiten
keys-history-search-open = open: het gekozen antwoord; de zoekopdracht blijft
keys-history-search-open-hint = open
keys-history-search-down = volgend antwoord: de zoekopdracht blijft
keys-history-search-down-hint = resultaten
keys-history-search-up = vorig antwoord: de zoekopdracht blijft
keys-history-search-back = wissen: de zoekopdracht
keys-history-search-back-hint = wissen
keys-history-search-help = hulp: alle toetsen
keys-history-search-quit = afsluiten
keys-history-read-up = omhoog scrollen
keys-history-read-down = omlaag scrollen
keys-history-read-page-up = pagina omhoog
keys-history-read-page-down = pagina omlaag
keys-history-read-versions = versies: eerdere tonen of verbergen
keys-history-read-versions-hint = versies
keys-history-read-write = schrijven: ga naar deze vraag in het hoofdstuk
keys-history-read-write-hint = schrijven
keys-history-read-back = terug: naar de lijst
keys-history-read-back-hint = terug
keys-history-read-help = hulp: alle toetsen
keys-history-read-help-hint = hulp
keys-history-read-quit = afsluiten
keys-home-up = vorige in de lijst
keys-home-down = volgende in de lijst
keys-home-top = eerste in de lijst
keys-home-bottom = laatste in de lijst
keys-home-open = open: ga verder waar je gebleven was
keys-home-open-hint = open
keys-home-assessment = vragenlijst: je taakeisen en hulpbronnen
keys-home-assessment-hint = vragenlijst
keys-home-help = hulp: alle toetsen
keys-home-help-hint = hulp
keys-home-support = steun: waar je hulp vindt
keys-home-support-hint = steun
keys-home-welcome = welkom: nog eens lezen
keys-home-intake = voor je begint: wie er voorzichtig mee moet zijn
keys-home-history = terugblik: alles wat je hebt geschreven
keys-home-history-hint = terugblik
keys-home-practice-log = log: wat je de afgelopen weken hebt geoefend
keys-home-practice-log-hint = log
keys-home-practices = oefeningen: alle oefeningen, en een gewone timer
keys-home-practices-hint = oefeningen
keys-home-settings = instellingen: bel, thema, begin van de dag
keys-home-settings-hint = instellingen
keys-home-quit = afsluiten
keys-overlay-up = omhoog scrollen
keys-overlay-down = omlaag scrollen
keys-overlay-page-up = pagina omhoog
keys-overlay-page-down = pagina omlaag
keys-overlay-back = sluiten
keys-overlay-back-hint = sluiten
keys-overlay-help = hulp: toetsen van het scherm eronder; sluit de hulp
keys-overlay-support = steun: waar je hulp vindt
keys-overlay-welcome = welkom: nog eens lezen
keys-overlay-intake = voor je begint: wie er voorzichtig mee moet zijn
keys-overlay-quit = opslaan en afsluiten
keys-intake-up = omhoog scrollen
keys-intake-down = omlaag scrollen
keys-intake-page-up = pagina omhoog
keys-intake-page-down = pagina omlaag
keys-intake-open = naar het hoofdstuk (nog eens lezen: i in de lijst)
keys-intake-open-hint = verder
keys-intake-back = niet nu: terug naar de hoofdstukkenlijst
keys-intake-back-hint = niet nu
keys-intake-support = steun: waar je hulp vindt
keys-intake-support-hint = steun
keys-intake-quit = opslaan en afsluiten
keys-contents-up = vorige stap
keys-contents-up-hint = bladeren
keys-contents-down = volgende stap
keys-contents-page-up = vijf stappen omhoog
keys-contents-page-down = vijf stappen omlaag
keys-contents-top = eerste stap
keys-contents-bottom = laatste stap
keys-contents-digit = kies een stap op nummer (1 en dan 2 is stap 12)
keys-contents-open = naar de stap gaan
keys-contents-open-hint = erheen
keys-contents-back = sluiten
keys-contents-back-hint = sluiten
keys-contents-help = hulp: de toetsen van de hoofdstukpagina
keys-contents-quit = opslaan en afsluiten
keys-practice-pause = pauze: of verder
keys-practice-pause-hint = pauze
keys-practice-stop = stop: hier ophouden; het komt in je log, en stoppen mag altijd
keys-practice-stop-hint = stop
keys-practice-grounding = aarden: voel je voeten op de vloer
keys-practice-grounding-hint = aarden
keys-practice-backdraft = tegenstroom: als vriendelijkheid pijn oprakelt
keys-practice-backdraft-hint = tegenstroom
keys-practice-open = terug: naar het hoofdstuk (als je klaar bent)
keys-practice-open-hint = terug
keys-practice-help = hulp: alle toetsen
keys-practice-help-hint = hulp
keys-practice-ask-quit = afsluiten: vraagt eerst tijdens de oefening; gelogd als gestopt
keys-practice-quit = stoppen, loggen en meteen afsluiten
keys-rating-right = hoger
keys-rating-right-hint = hoger
keys-rating-left = lager
keys-rating-left-hint = lager
keys-rating-digit = typ de waarde: 1 en dan 0 is 10
keys-rating-top = laagste waarde
keys-rating-bottom = hoogste waarde
keys-rating-save = opslaan: de check-in, en verder
keys-rating-save-hint = opslaan
keys-rating-back = overslaan: verder zonder check-in
keys-rating-back-hint = overslaan
keys-rating-help = hulp: alle toetsen
keys-rating-help-hint = hulp
keys-rating-quit = opslaan en afsluiten
keys-practice-log-up = omhoog scrollen
keys-practice-log-down = omlaag scrollen
keys-practice-log-page-up = pagina omhoog
keys-practice-log-page-down = pagina omlaag
keys-practice-log-back = terug
keys-practice-log-back-hint = terug
keys-practice-log-help = hulp: alle toetsen
keys-practice-log-help-hint = hulp
keys-practice-log-quit = afsluiten
keys-practice-log-quit-hint = afsluiten
keys-practices-up = vorige in de lijst
keys-practices-down = volgende in de lijst
keys-practices-top = eerste in de lijst: de timer
keys-practices-bottom = laatste in de lijst
keys-practices-open = start: de timer, of de gekozen oefening
keys-practices-open-hint = start
keys-practices-right = timer: langer, of de bel minder vaak
keys-practices-right-hint = meer
keys-practices-left = timer: korter, of de bel vaker
keys-practices-left-hint = minder
keys-practices-digit = timer: typ de minuten (1 2 0 is 120)
keys-practices-favourite = favoriet: aan of uit; favorieten staan bovenaan
keys-practices-favourite-hint = favoriet
keys-practices-back = terug: naar de hoofdstukkenlijst
keys-practices-back-hint = terug
keys-practices-help = hulp: alle toetsen
keys-practices-help-hint = hulp
keys-practices-quit = afsluiten
keys-timer-pause = pauze: of verder
keys-timer-pause-hint = pauze
keys-timer-stop = stop: hier ophouden; het komt in je log, en stoppen mag altijd
keys-timer-stop-hint = stop
keys-timer-grounding = aarden: voel je voeten op de vloer
keys-timer-grounding-hint = aarden
keys-timer-backdraft = tegenstroom: als vriendelijkheid pijn oprakelt
keys-timer-backdraft-hint = tegenstroom
keys-timer-open = terug: naar de oefeningen (als je klaar bent)
keys-timer-open-hint = terug
keys-timer-help = hulp: alle toetsen
keys-timer-help-hint = hulp
keys-timer-ask-quit = afsluiten: vraagt eerst als de timer loopt; gelogd als gestopt
keys-timer-quit = stoppen, loggen en meteen afsluiten
keys-settings-up = vorige instelling
keys-settings-down = volgende instelling
keys-settings-down-hint = volgende instelling
keys-settings-right = wijzigen: naar de volgende waarde
keys-settings-right-hint = wijzigen
keys-settings-left = wijzigen: vorige waarde
keys-settings-left-hint = vorige waarde
keys-settings-back = terug
keys-settings-back-hint = terug
keys-settings-help = hulp: alle toetsen
keys-settings-help-hint = hulp
keys-settings-quit = afsluiten

# The self-assessment
ui-assess-tab-overview = Overzicht
ui-assess-tab-chart = Grafiek
ui-assess-tab-scales = Schalen
ui-assess-tab-plan = Plan
ui-assess-none = Dit werkboek heeft geen vragenlijst
ui-assess-draft-damaged = { $error } — het concept blijft zoals het is
ui-assess-no-results = Nog geen uitslag: vul eerst de vragenlijst in
ui-assess-went-not-yet = nog niet
ui-assess-went-a-little = een beetje
ui-assess-went-partly = deels
ui-assess-went-mostly = grotendeels
ui-assess-went-fully = helemaal
ui-assess-review-kept = Dank je: “{ $went }” wordt bij deze meting bewaard als je klaar bent
ui-assess-paused = Je antwoorden zijn bewaard; ga verder wanneer je wilt met a
ui-assess-not-kept = { $reason }. Maak de vragenlijst af om je antwoorden te bewaren, of druk nog eens op Esc om zonder je antwoorden weg te gaan.
ui-assess-draft-not-saved = Je antwoorden tot nu toe zijn niet als concept opgeslagen: { $error }
ui-assess-cannot-score = Nog geen uitslag mogelijk: { $error }
ui-assess-saved = Opgeslagen. Dit is je uitslag
ui-assess-first-take-reached = Dit is je eerste meting
ui-assess-latest-take-reached = Dit is je meest recente meting
ui-assess-plan-three = Drie is genoeg: vink er eerst een uit
ui-assess-plan-placeholder = één kleine, concrete stap
ui-assess-plan-pick-first = Kies eerst één tot drie voornemens met de spatiebalk
ui-assess-plan-saved = Je plan is opgeslagen; het staat op het beginscherm tot je volgende meting
ui-assess-plan-set-aside = Je voornemen is bewaard: o gaat ermee verder, Enter voegt het dan toe
ui-assess-items = { $count ->
    [one] { $count } uitspraak
   *[other] { $count } uitspraken
}
ui-assess-more-below = ↓ meer ({ $shown }/{ $total } regels): ↓ of PgDn/Space
ui-assess-end = einde ({ $total ->
    [one] { $total } regel
   *[other] { $total } regels
}): ↑ of PgUp gaat terug
ui-assess-compared-baseline = je eerste meting (nulmeting)
ui-assess-compared-previous = je vorige meting
ui-assess-taken = Ingevuld op { $date } · meting { $n } van { $count }
ui-assess-overview-tab = Tab: de grafiek, elke schaal met wat er veranderd is, en je job-craftingplan.
ui-assess-draft = Je hebt een concept met { $answered } van de { $total } uitspraken beantwoord. Enter gaat ermee verder; d gooit het weg en begint opnieuw.
ui-assess-begin = Druk op Enter om te beginnen: { $count } korte uitspraken, ongeveer { $minutes } minuten.
ui-assess-taken-before = Je hebt de vragenlijst { $count ->
    [one] één keer
   *[other] { $count } keer
} ingevuld, het laatst op { $date }; r toont die uitslagen (p en n bladeren tussen de metingen).
ui-assess-damaged = Niet aangeraakt, kon niet gelezen worden: { $error }
ui-assess-review-intentions = Je voornemens van { $date }:
ui-assess-review-went = Hoe het ging: { $went } (bewaard bij deze meting; een ander cijfer verandert het).
ui-assess-review-ask = Hoe ging het? Druk op { $options } (of begin gewoon).
ui-assess-answered = { $answered }/{ $total } beantwoord
ui-assess-group-job-demands = Taakeisen
ui-assess-group-job-resources = Hulpbronnen in je werk
ui-assess-group-personal-resources = Persoonlijke hulpbronnen
ui-assess-group-outcomes = Hoe het met je gaat
ui-assess-item-how = Druk op 1–{ $max } om te antwoorden. ← gaat terug. Esc pauzeert; je antwoorden blijven bewaard.
ui-assess-plan-intro = Job crafting betekent dat je je eigen werk een beetje bijschaaft. Kies één tot drie kleine voornemens voor de komende weken (spatie), of schrijf er zelf een (o); Enter bewaart ze bij deze meting.
ui-assess-plan-own = Je eigen voornemens
ui-assess-plan-carried = Je plan loopt door vanaf je vorige meting, tot je hier een nieuw plan opslaat.
ui-assess-plan-saved-list = Opgeslagen plan: { $plan }
ui-assess-helps-step = “{ $title }” in hoofdstuk { $n }
ui-assess-helps-chapter = hoofdstuk { $n }
ui-assess-helps = Hulp hierbij: { $list }
ui-assess-up-better = ↑ beter
ui-assess-up-worse = ↑ slechter
ui-assess-down-better = ↓ beter
ui-assess-down-worse = ↓ slechter
ui-assess-legend = { $mark } lager is beter · niveaus: { $low } onder { $from }, { $moderate } { $from }–{ $to }, { $high } boven { $to }
ui-assess-where-you-stand = Waar je staat: { $quadrant }
ui-assess-indices = Taakeisen { $demands } ({ $demands_band }) · hulpbronnen { $resources } ({ $resources_band })
ui-assess-midpoint = Voor ‘waar je staat’ ligt de grens voor taakeisen en hulpbronnen bij { $midpoint }, los van het niveau: het middelste antwoord, “{ $middle }”. Dat is een punt op de antwoordschaal, geen vergelijking met andere mensen: voor deze vragen bestaan geen normen.
ui-assess-review-result = Hoe je voornemens van { $date } gingen: { $went }.
ui-assess-look-after-yourself = Zorg goed voor jezelf
ui-assess-challenges = uitdagende { $score } ({ $scales })
ui-assess-hindrances = belemmerende { $score } ({ $scales })
ui-assess-demand-split = Van de taakeisen: { $parts }
ui-assess-demand-split-about = Uitdagende taakeisen kosten energie, maar kunnen je ook laten groeien; belemmerende taakeisen putten je vooral uit.
ui-assess-workbook-helps = Waar het werkboek kan helpen
ui-assess-balances = Zelfcompassie op het werk: drie balansen
ui-assess-balances-about = Elke balans weegt de vriendelijke kant af tegen de harde kant, van 1 tot { $top }; hoger is vriendelijker.
ui-assess-compared-none = Vergeleken met { $what } ({ $date }): geen merkbare veranderingen.
ui-assess-compared-changes = Vergeleken met { $what } ({ $date }), merkbare veranderingen: { $changes }. Zie het tabblad Schalen.
ui-assess-grid-resources = hulpbronnen
ui-assess-grid-demands = taakeisen
ui-assess-grid-from = vanaf { $midpoint }
ui-assess-grid-below = onder { $midpoint }
ui-assess-chart-about = Elke schaal, van 1 ({ $first }) tot { $top } ({ $last }); alle balken delen één schaal vanaf 0.
ui-assess-scales-no-earlier = Nog geen eerdere meting om mee te vergelijken.
ui-assess-scales-since = Verandering sinds { $what }, { $date }: ↑ of ↓ geeft een merkbare verandering aan, als beter of slechter (minstens twee antwoorden verschil op die schaal; per schaal staat hieronder hoeveel).
ui-assess-col-score = score
ui-assess-col-band = niveau
ui-assess-col-change = verandering
ui-assess-col-trend = verloop
ui-assess-meaning = Wat elke schaal betekent
ui-assess-meaning-lower = Lager is beter.
ui-assess-meaning-challenge = Een uitdagende taakeis.
ui-assess-meaning-hindrance = Een belemmerende taakeis.
ui-assess-meaning-noticeable = Merkbare verandering: { $change }.
ui-assess-bands-about = De niveaus ({ $low }, { $moderate }, { $high }) zijn de eigen grenzen van dit werkboek om een score op de schaal van 1 tot { $top } te lezen, geen normen uit onderzoek: ze zeggen waar je antwoorden liggen, niet hoe je je verhoudt tot andere mensen.

# Home and the course
ui-home-progress-damaged = Voortgangsbestand beschadigd, niet aangeraakt: { $error }
ui-home-settings-damaged = Instellingenbestand beschadigd, niet aangeraakt; wijzigingen in de instellingen gelden alleen deze sessie: { $error }
ui-home-choose-course = Wil je week voor week werken (8, 6 of 4 weken)? Kies een cursuspad in de instellingen: s.
ui-home-continue = Verder
ui-home-plan = Je job-craftingplan (van { $date })
ui-step-of = stap { $n }/{ $total }
ui-done = klaar
ui-course-starts = Je cursus van { $weeks } weken begint op { $day }
ui-course-this-week = Deze week: { $n } van { $weeks } · { $title }
ui-course-minutes = { $minutes } min geoefend
ui-course-look-back = Terugblik op week { $n }
ui-course-stay-with = Blijf in je eigen tempo bij week { $n }: er staan nog stappen open
ui-course-move-on = Ga door naar week { $n } als je eraan toe bent
ui-course-follow-calendar = Volg de kalender weer (week { $n })
ui-course-today = Vandaag: { $title }, { $minutes } min
ui-course-daily = zo'n { $minutes } min per dag voorgesteld
ui-course-next = Volgende: { $title }
ui-course-week-done = Alle stappen van deze week zijn gedaan
ui-course-finished = { $path }: alle { $weeks } weken liggen achter je. De hoofdstukken blijven hier, om op terug te komen.

# Settings
ui-settings-title = Instellingen
ui-settings-saved-as-you-go = opgeslagen zodra je iets wijzigt
ui-settings-day-start-by-hand = Een dag begint om { $hour }, zoals het instellingenbestand zegt; hier kun je { $first } tot { $last } kiezen.
ui-settings-no-color = NO_COLOR staat aan, dus mscwork toont geen kleur, welk thema je ook kiest.
ui-settings-live-in = De instellingen staan in { $path }.
ui-settings-choose-course = Kies een cursuspad (8, 6 of 4 weken) om bij de hoofdstukken elke week het hoofdstuk, de oefeningen en de minuten te zien. Je verliest niets als je het later verandert.
ui-settings-own-pace = In je eigen tempo eindigt een week als je vanuit de hoofdstukkenlijst verdergaat.
ui-settings-calendar-pace = Volgens de kalender begint elke zeven dagen een nieuwe week; glipt er een week voorbij, dan kun je in je eigen tempo bij die week blijven.
ui-settings-theme-default = standaard
ui-settings-theme-light = licht
ui-settings-theme-monochrome = zwart-wit
ui-settings-bell = Bel aan het begin en eind van een oefening
ui-settings-theme = Thema
ui-settings-day-start = Een dag begint om (voor late oefening)
ui-settings-course = Cursuspad
ui-settings-course-start = Week 1 begon op
ui-settings-language = Taal (language)
ui-settings-pace = De weken volgen
ui-settings-pace-calendar = de kalender
ui-settings-pace-own = mijn eigen tempo (week { $n })
ui-settings-damaged = { $error } — wijzigingen gelden alleen deze sessie; het bestand blijft zoals het is
ui-on = aan
ui-off = uit
ui-none = geen
ui-saved = Opgeslagen
ui-not-saved = Niet opgeslagen: { $error }
ui-language-differs = Het { $language } werkboek verschilt van dit werkboek; dit werkboek blijft
ui-language-errors = Het { $language } werkboek bevat fouten; dit werkboek blijft: { $error }
ui-language-missing = Er is nog geen { $language } werkboek

# A step's page
ui-optional = optioneel
ui-kind-text = Tekst
ui-kind-practice = Oefening
ui-kind-reflection = Reflectie
ui-kind-scale = Schaal
ui-kind-choice = Keuze
ui-kind-assessment = Vragenlijst
ui-more-below = ↓ meer hieronder ({ $shown }/{ $total } regels)
ui-end-of-step = einde van de stap ({ $total } regels)
ui-practice-done-before = Je hebt deze oefening { $count ->
    [one] één keer
   *[other] { $count } keer
} gedaan; het laatst op { $date }.
ui-practice-begin = Druk op Enter om te beginnen. Je kunt pauzeren of op elk moment stoppen; g helpt je aarden, b legt tegenstroom uit.
ui-practice-formal = Een begeleide oefening
ui-practice-informal = Een oefening voor tijdens het werk
ui-reflection-not-yet = Je hebt hier nog niets geschreven. Druk op Enter om te schrijven.
ui-your-answers = { $count ->
    [one] Je antwoord
   *[other] Je antwoorden ({ $count }, nieuwste eerst)
}
ui-scale-check-in = Druk op Enter om in te checken.
ui-scale-your-check-ins = Je check-ins (nieuwste eerst)

# Boxes over the screen
ui-ctx-home = Hoofdstukkenlijst
ui-ctx-chapter = Hoofdstuk
ui-ctx-editor = Editor
ui-ctx-overlay = Venster
ui-ctx-scale = Check-in
ui-ctx-rating = Check-in
ui-ctx-choice = Keuze
ui-ctx-choice-other = Je eigen optie schrijven
ui-ctx-practice = Oefening
ui-ctx-settings = Instellingen
ui-ctx-assess-intro = Vragenlijst
ui-ctx-assess-item = Uitspraak van de vragenlijst
ui-ctx-results = Uitslag
ui-ctx-plan = Job-craftingplan
ui-ctx-history = Terugblik
ui-ctx-history-search = Zoeken
ui-ctx-history-read = Een antwoord lezen
ui-ctx-practice-log = Oefenlog
ui-ctx-contents = Inhoud
ui-ctx-intake = Voordat je begint
ui-ctx-practices = Oefeningen
ui-ctx-timer = Stille timer
ui-help-keys-of = Toetsen: { $screen }
ui-help-editor-saves-1 = Tekst wordt opgeslagen als je de editor verlaat, bij Ctrl-S,
ui-help-editor-saves-2 = bij afsluiten, en binnen 2 seconden na een wijziging.
ui-help-in-this-box = In dit venster
ui-grounding-fallback = Voel je voeten op de vloer. Laat de vloer je dragen.
ui-grounding-read-slowly = Lees langzaam, regel voor regel. De oefening waarin je zat, staat op pauze.
ui-support-crisis = In crisis, nu
ui-support-emergency = In gevaar, nu
ui-support-listening = Om te praten, als het geen crisis is
ui-support-care = Als je werk zwaar op je drukt
ui-support-directory = Elders
ui-support-checked = Deze nummers zijn gecontroleerd op { $day }. Nummers kunnen veranderen; op de overzichtssite hierboven staan altijd de nieuwste nummers.
ui-care-crisis-key = Is het meer dan spanning, voel je je onveilig of denk je eraan een einde aan je leven te maken, druk dan op *h* voor crisislijnen.
ui-box-help = Hulp
ui-box-esc-close = Esc sluiten
ui-box-esc-back = Esc terug
ui-box-enter-begin = Enter beginnen
ui-box-welcome = Welkom
ui-box-contents = Inhoud
ui-box-contents-keys = Enter erheen · Esc sluiten
ui-box-grounding = Aarden
ui-box-backdraft = Tegenstroom
ui-box-support = Steun
ui-box-care = Zorg goed voor jezelf
ui-box-care-keys = h crisislijnen · Esc sluiten
ui-box-intake = Voordat je begint
ui-box-intake-keys = Enter verder · Esc niet nu
ui-confirm-discard = Opnieuw beginnen?
ui-confirm-discard-question = Je antwoorden tot nu toe weggooien?
ui-confirm-discard-keys = y = weggooien, elke andere toets = bewaren
ui-confirm-discard-footer = y weggooien · andere toetsen bewaren
ui-confirm-quit = Afsluiten?
ui-confirm-quit-question = De oefening stoppen en afsluiten? Ze wordt gelogd als eerder gestopt.
ui-confirm-quit-keys = y = stoppen en afsluiten, elke andere toets = doorgaan met de oefening
ui-confirm-quit-footer = y afsluiten · andere toetsen doorgaan
ui-contents-heading = Hoofdstuk { $n }: { $done } van { $total } stappen gedaan
ui-contents-how = Typ het nummer van een stap of ga ernaartoe, dan Enter

# A practice and the editor
ui-practice-before = Check-in vooraf
ui-practice-and-now = Check-in achteraf
ui-practice-paused-left = gepauzeerd · nog { $left } van { $planned }
ui-practice-paused-note = Gepauzeerd — spatie om verder te gaan, Esc om hier te stoppen
ui-practice-running-note = Je ogen mogen dicht of open; stoppen is goed.
ui-practice-own-words = Je eigen woorden:
ui-practice-full = { $minutes ->
    [one] Je hebt de hele minuut geoefend.
   *[other] Je hebt de volle { $minutes } minuten geoefend.
}
ui-practice-part = { $minutes ->
    [one] Je hebt { $done } van de { $minutes } minuut geoefend. Stoppen hoort ook bij oefenen.
   *[other] Je hebt { $done } van de { $minutes } minuten geoefend. Stoppen hoort ook bij oefenen.
}
ui-practice-check-in-went = Je check-in ging van { $before } naar { $after }. Wat hij ook laat zien, het is goed.
ui-practice-logged = Het staat in je oefenlog.
ui-practice-back = Druk op Enter om terug te gaan naar het hoofdstuk.
ui-editor-writing = schrijven
ui-editor-words = { $count ->
    [one] 1 woord
   *[other] { $count } woorden
}
ui-editor-not-saved-yet = ● nog niet opgeslagen — binnen 2 s opgeslagen
ui-editor-saved-at = opgeslagen { $time }
ui-editor-earlier-answers = Eerdere antwoorden

# History
ui-history = Terugblik
ui-history-reading = lezen
ui-history-more-below = ↓ meer hieronder
ui-history-count = { $shown } van { $total } antwoorden
ui-history-all-chapters = Alle hoofdstukken
ui-history-chapter = Hoofdstuk { $n }: { $title }
ui-history-search = Zoeken
ui-history-empty = Hier staat nog niets. Je reflecties, check-ins en keuzes verschijnen hier zodra je ze schrijft. Esc gaat terug naar de hoofdstukken.
ui-history-no-match = Geen antwoord past bij “{ $query }”. Esc wist de zoekopdracht.
ui-history-chapter-empty = In dit hoofdstuk is nog niets geschreven. ← → kiest een ander hoofdstuk.
ui-history-damaged = Kon niet gelezen worden, niet aangeraakt: { $error }
ui-history-versions-hide = v verbergt ze
ui-history-versions-show = v toont ze
ui-history-versions = { $count } versies bewaard; { $hint }
ui-history-earlier-version = Eerdere versie, { $date }
ui-week-of = week { $n } van { $weeks }

# Answering on a step's page
ui-chapter-damaged = Het antwoordenbestand van dit hoofdstuk is beschadigd en niet aangeraakt, dus dit hoofdstuk is alleen te lezen: { $error }
ui-assessment-last-taken = Je vulde hem het laatst in op { $date }; r op de pagina toont je uitslag.
ui-assessment-open = Druk op Enter om de vragenlijst te openen.
ui-reflection-continues-this = Enter gaat verder met dit antwoord
ui-reflection-how-many = Enter gaat verder met je laatste antwoord (c kiest een ander); met a begin je een nieuw antwoord. Eerdere woorden blijven altijd bewaard.
ui-reflection-how-one = Enter gaat verder met je laatste antwoord; met a begin je een nieuw antwoord. Eerdere woorden blijven altijd bewaard.
ui-reflection-how-from-history = Enter gaat verder met het eerdere antwoord dat je vanuit de terugblik opende; c kiest er een uit deze lijst; met a begin je een nieuw antwoord.
ui-reflection-how-marked = Enter gaat verder met het antwoord met ▸ (c kiest een ander); met a begin je een nieuw antwoord.
ui-scale-earlier = … en { $count } eerdere
ui-scale-again = Druk op Enter voor een nieuwe check-in, ook om een vergissing te herstellen: de nieuwe telt, de eerdere blijven bewaard met hun datum.
ui-choice-pick-one = Kies er één.
ui-choice-pick-up-to = Kies er hoogstens { $max }.
ui-choice-pick-many = Kies er zoveel als je wilt.
ui-choice-typing = Typ je eigen woord; Enter als je klaar bent.
ui-choice-keys = Pijltjes bewegen, spatie kiest, Enter bewaart, Esc annuleert.
ui-choice-other = Anders
ui-choice-earlier = { $count } eerdere keuzes bewaard
ui-choice-chosen = Gekozen { $date }{ $note }. Enter om opnieuw te kiezen.
ui-choice-enter = Druk op Enter om te kiezen.
ui-recall-from = Uit hoofdstuk { $n }, “{ $title }”:
ui-recall-written = van { $date }
ui-recall-nothing = Daar is nog niets ingevuld. Je kunt er later naar teruggaan (hoofdstuk { $n }), of zonder verdergaan.
ui-box-more = ↓ meer

# The practices and the timer
ui-practices = Oefeningen
ui-practices-count = { $count ->
    [one] 1 oefening
   *[other] { $count } oefeningen
}
ui-practices-favourites-first = Oefeningen · ★ favorieten eerst
ui-practices-formal = formeel
ui-practices-informal = informeel
ui-practices-ch = hfst.
ui-timer = Stille timer
ui-timer-every = { $minutes ->
    [one] elke minuut
   *[other] elke { $minutes } min
}
ui-timer-minutes = Minuten
ui-timer-interval = Tussentijdse bel
ui-timer-bell-off = De bel staat uit in de instellingen (s in de hoofdstukkenlijst): de timer belt niet.
ui-timer-header = Timer · { $minutes } min
ui-timer-sit = Zit zoals je wilt, zonder iets te volgen: de tijd is van jou.
ui-practice-left = nog { $left } van { $planned }
ui-timer-no-bell = Geen bel: die staat uit in de instellingen.
ui-timer-bell-end = Een bel aan het eind.
ui-timer-bell-every = { $minutes ->
    [one] Elke minuut een bel, en aan het eind.
   *[other] Elke { $minutes } minuten een bel, en aan het eind.
}
ui-timer-full = { $minutes ->
    [one] Je hebt de hele minuut gezeten.
   *[other] Je hebt de volle { $minutes } minuten gezeten.
}
ui-timer-part = { $minutes ->
    [one] Je hebt { $done } van de { $minutes } minuut gezeten. Stoppen hoort ook bij oefenen.
   *[other] Je hebt { $done } van de { $minutes } minuten gezeten. Stoppen hoort ook bij oefenen.
}
ui-timer-back = Druk op Enter om terug te gaan naar de oefeningen.

# The practice log
ui-log = Oefenlog
ui-log-sessions = { $count ->
    [one] 1 sessie
   *[other] { $count } sessies
}
ui-log-in-all = In totaal: { $sessions }, { $minutes }.
ui-log-this-week = Deze week: { $sessions }, { $minutes }.
ui-log-guide = zo'n 30 min per dag aangeraden; 10–15 is een goed begin
ui-log-caption-long = min per week, weken vanaf maandag
ui-log-caption-short = min per week
ui-log-days-practised = dagen geoefend
ui-log-empty = Nog geen oefening gelogd. Elk hoofdstuk heeft begeleide oefeningen: open er een met Enter en je oefentijd verschijnt hier.
ui-log-stopped-early = eerder gestopt
ui-log-check-in = check-in

# The status line
ui-status-one-answer = Hier staat één antwoord: Enter gaat ermee verder
ui-status-latest-answer = je laatste antwoord
ui-status-answer-of-list = antwoord { $n } uit de lijst
ui-status-enter-continues = Enter gaat verder met { $what }; c kiest een ander
ui-status-chapter-begins = Hoofdstuk { $n } begint
ui-status-last-step = Dit is de laatste stap van het werkboek
ui-status-back-in-chapter = Terug in hoofdstuk { $n }
ui-status-first-step = Dit is de eerste stap van het werkboek
ui-status-set-editor = Stel $VISUAL of $EDITOR in om in je eigen editor te schrijven
ui-status-no-changes = Geen wijzigingen uit je editor
ui-status-empty-text = Je editor gaf een lege tekst terug; er is niets veranderd
ui-status-draft-back = Je concept staat weer waar je het liet
ui-status-saved-at = Opgeslagen { $time }
ui-status-draft-kept = Je concept blijft bewaard: Enter gaat ermee verder
ui-status-practice-goes-on = De oefening gaat door
ui-status-nothing-lost = Er gaat niets verloren: de hoofdstukken wachten tot je eraan toe bent
ui-status-check-in-saved = Je check-in is opgeslagen: { $value }. Klopt het niet? Enter checkt opnieuw in.
ui-status-at-most = Hoogstens { $max }: haal er eerst één weg
ui-status-pick-first = Kies eerst een optie met spatie, of Esc om het voor nu te laten
ui-status-choice-saved = Je keuze is opgeslagen
ui-status-stirred-up = Dat was veel om te voelen. g helpt je aarden (voeten op de vloer), b legt tegenstroom uit; de hulplijnen staan hier.
ui-status-staying-with = Je blijft bij week { $n }, in je eigen tempo
ui-status-on-to-week = Door naar week { $n }
ui-status-following-calendar = Je volgt de kalender weer
ui-status-history-continue = Enter gaat verder met dit antwoord; a schrijft een nieuw. Esc gaat terug naar de terugblik.
ui-status-history-again = Enter beantwoordt de vraag opnieuw; het eerdere antwoord blijft bewaard. Esc gaat terug naar de terugblik.
ui-status-history-gone = Die vraag staat niet meer in het werkboek; het antwoord blijft hier bewaard

# mscwork today
ui-today-intention = Voornemen
ui-today-starts = { $title } begint op { $date }, { $days ->
    [one] morgen
   *[other] over { $days } dagen
}.
ui-today-ended = { $title } eindigde op { $date }; de oefeningen blijven hier, voor als je er een wilt doen.
ui-today-week = Week { $n } van { $weeks }
ui-today-today = Vandaag
ui-today-next = Volgende
ui-today-this-week = Deze week
ui-today-last-day = Laatste dag van de week
ui-today-practised = { $minutes } geoefend
ui-today-nothing-yet = nog niets gelogd
ui-today-suggested = { $so_far }; zo'n { $minutes } min per dag wordt aangeraden
ui-today-look-back = tijd voor { $step }, als je wilt
ui-today-chapter = hoofdstuk { $n }

# The Markdown export
ui-export-title = Mijn werkboek: { $title }
ui-export-exported = Geëxporteerd { $date } uit de gegevensmap { $folder }.
ui-export-only-chapter = Alleen hoofdstuk { $n }, { $title }.
ui-export-only-since = Alleen wat gedateerd is op { $date } of later.
ui-export-clock = De tijden zijn zoals de klok van je computer ze aangaf toen je schreef.
ui-export-nothing = Nog niets om te exporteren.
ui-export-nothing-since = Vanaf die dag nog niets om te exporteren.
ui-export-chapter-gone = Antwoorden bij een hoofdstuk dat niet meer in het werkboek staat
ui-export-earlier-versions = Eerdere versies
ui-export-assessment = Vragenlijst over taakeisen en hulpbronnen
ui-export-log-summary = { $sessions ->
    [one] 1 sessie
   *[other] { $sessions } sessies
} in totaal, samen { $minutes } minuten geoefend. Een dag begint hier om { $hour }, dus een sessie na middernacht telt voor de avond ervoor.
ui-export-week-of = Week van
ui-export-sessions = Sessies
ui-export-minutes = Minuten
ui-export-by-day = Sessies per dag
ui-history-slash-to-search = / om te zoeken
ui-editor-new-version = Je antwoord — een nieuwe versie; de eerdere blijft bewaard
ui-editor-your-answer = Je antwoord
ui-practice-minutes = { $minutes ->
    [one] 1 minuut
   *[other] { $minutes } minuten
}

# The self-assessment as plain text (mscwork assessment, export)
ui-report-taken = { $title } — ingevuld { $date } (meting { $number } van { $of })
ui-report-stand = Waar je staat: { $quadrant } (taakeisen { $demands }, hulpbronnen { $resources }; het midden is { $midpoint })
ui-report-demand-split = Van de taakeisen: uitdagende { $challenges } · belemmerende { $hindrances }
ui-report-noticeable = Merkbare veranderingen sinds { $date } staan er als beter of slechter bij: minstens twee antwoorden verschil op die schaal (1,0 bij twee uitspraken, 0,6 bij drie, 0,5 bij vier, 0,4 bij vijf of meer).
ui-report-balances = Balansen van zelfcompassie (hoger is vriendelijker)
ui-report-plan = Plan voor job crafting
ui-report-other-take = Vragenlijst "{ $id }" — ingevuld { $date } ({ $file })
ui-report-other-scores = Taakeisen { $demands }, hulpbronnen { $resources } ({ $quadrant })

# The data folder cannot be used
ui-err-data-create = { $path }: kan de gegevensmap niet maken: { $error }
ui-err-data-use = { $path }: kan deze map niet als gegevensmap gebruiken: { $error }
ui-err-data-read = { $path }: kan de gegevensmap niet lezen: { $error }
ui-err-data-not-folder = { $path }: is { $kind }, geen map; geef mscwork een map voor je gegevens (een nieuwe of lege, of de map die het al gebruikt) met --data-dir MAP
ui-err-data-not-ours = { $path }: bevat andere bestanden ({ $names }) en geen van mscwork, dus wordt deze map niet als gegevensmap gebruikt; geef mscwork een nieuwe of lege map met --data-dir MAP (er is niets veranderd)
ui-err-data-in-use = een andere mscwork gebruikt de gegevens in { $path } al; sluit die eerst (er is niets veranderd)
ui-err-data-in-use-pid = een andere mscwork (proces { $pid }) gebruikt de gegevens in { $path } al; sluit die eerst (er is niets veranderd)
ui-err-data-lock = { $path }: kan niet vergrendelen: { $error }
ui-err-data-lock-link = { $path }: is een symbolische koppeling, en die volgt mscwork niet voor zijn slot; verwijder hem en start opnieuw
ui-err-data-open-lock = { $path }: kan het slotbestand niet openen: { $error }
ui-err-data-lock-odd = { $path }: geen gewoon bestand ({ $kind }); mscwork bewaart daar zijn slot: zet het ergens anders neer en start opnieuw
ui-kind-fifo = een named pipe (FIFO)
ui-kind-socket = een socket
ui-kind-device = een apparaat
ui-kind-folder = een map
ui-kind-link = een symbolische koppeling
ui-kind-file = een bestand
ui-kind-other = iets anders

# The command line
ui-cli-workbook-errors = het werkboek bevat fouten:
ui-cli-no-assessment = dit werkboek heeft geen vragenlijst
ui-cli-skipped = overgeslagen, niet aangeraakt: { $error }
ui-cli-no-take = Je hebt de vragenlijst nog niet ingevuld. Start mscwork en druk op a in het beginscherm om hem in te vullen (ongeveer 10 minuten).
ui-cli-exported = Geëxporteerd naar { $file }
ui-cli-course-gone = { $file }: de cursus "{ $course }" zit niet in dit werkboek; kies opnieuw een cursus bij Instellingen
ui-cli-unsaved = je laatste woorden konden niet worden bewaard in { $file }; ze staan hierboven
ui-cli-terminal-error = fout van de terminal: { $error }
ui-cli-no-terminal = mscwork heeft een terminal nodig: de uitvoer gaat niet naar een terminal. Gebruik voor platte tekst een opdracht zoals `mscwork chapters` of `mscwork export`.
ui-cli-stdout-closed = kan niet naar de standaarduitvoer schrijven: die is gesloten; stuur de uitvoer naar een bestand of een pipe
ui-cli-stdout-full = kan niet naar de standaarduitvoer schrijven: { $error }; maak ruimte vrij of stuur de uitvoer ergens anders heen
ui-cli-stdout-error = kan niet naar de standaarduitvoer schrijven: { $error }; stuur de uitvoer ergens anders heen
ui-cli-no-home = kan geen thuismap vinden voor de gegevens; geef --data-dir MAP of zet { $env }
ui-cli-out-parent-file = { $path }: is een bestand, geen map; geef een bestandsnaam in een map
ui-cli-out-no-folder = { $path }: deze map bestaat niet; maak hem eerst
ui-cli-out-folder-error = { $path }: kan deze map niet gebruiken: { $error }
ui-cli-out-check-error = { $path }: kan niet nagaan wat daar staat: { $error }
ui-cli-out-odd = { $path }: is { $kind }, geen gewoon bestand; geef de naam van een nieuw of gewoon bestand
ui-cli-out-exists = { $path }: er bestaat al een bestand met die naam en dat blijft zoals het is; kies een andere naam, of voeg --force toe om het te vervangen
ui-cli-out-is-folder = { $path }: is een map; geef een bestandsnaam, zoals { $example }
ui-cli-out-slash-file = { $path }: is een bestand, geen map; laat de / aan het eind weg om ernaar te schrijven
ui-cli-out-slash-none = { $path }: deze map bestaat niet; maak hem eerst en geef dan een bestandsnaam, zoals { $example }

# The chapter's contents, a scale and a practice's check-in
ui-contents-here = hier
ui-contents-optional = optioneel
ui-contents-optional-here = optioneel, hier
ui-contents-text = tekst
ui-contents-practice = oefening
ui-contents-reflection = reflectie
ui-contents-check-in = check-in
ui-contents-choice = keuze
ui-contents-assessment = vragenlijst
ui-scale-keys = ← → of typ het getal (1 en dan 0 is 10), Enter bewaart, Esc annuleert.
ui-rating-keys-before = ← → of typ het getal (1 en dan 0 is 10), Enter bewaart en begint, Esc begint zonder check-in.
ui-rating-keys-after = ← → of typ het getal (1 en dan 0 is 10), Enter bewaart, Esc slaat over.
ui-practice-cue-of = { $n } van { $total }

# The export's practice sessions and choices
ui-export-session = { $at } — { $title }: { $minutes } van { $planned } { $planned ->
    [one] minuut
   *[other] minuten
}, { $how }
ui-export-session-chapter = { $title } (hoofdstuk { $number })
ui-export-session-gone = { $id } (niet meer in het werkboek)
ui-export-finished = afgemaakt
ui-export-check-in = check-in { $before } → { $after }
ui-export-check-in-before = check-in vooraf { $before }
ui-export-check-in-after = check-in achteraf { $after }
ui-export-other = anders
ui-export-nothing-picked = niets gekozen
ui-contents-optional-count = { $count } optioneel

# Choosing a workbook
ui-settings-workbook = Werkboek
ui-workbook-switched = Nu open: { $title }. Elk werkboek bewaart zijn eigen voortgang en antwoorden.
ui-workbook-folder-given = Er is een werkboekmap gegeven met --workbook; start zonder om een ingebouwd werkboek te kiezen
keys-overlay-other-workbook = bij het eerste welkom: open in plaats hiervan het andere ingebouwde werkboek
ui-welcome-other-heading = Een ander werkboek
ui-welcome-other-healthcare = mscwork heeft ook *Zelfzorg in de zorg*, geschreven voor artsen, verpleegkundigen, verzorgenden, verloskundigen en iedereen die in de zorg werkt: dezelfde oefeningen, met hoofdstukken over empathische distress, fouten en klachten, morele stress, het overlijden van een patiënt, nachtdiensten en hulp vragen. Druk op *o* om dat werkboek te openen. Je kunt altijd wisselen bij Instellingen; elk werkboek bewaart zijn eigen antwoorden.
ui-welcome-other-msc-at-work = mscwork heeft ook *Mindful zelfcompassie op het werk*, voor elk soort werk. Druk op *o* om dat werkboek te openen. Je kunt altijd wisselen bij Instellingen; elk werkboek bewaart zijn eigen antwoorden.
ui-welcome-other-healthcare-short = Werk je in de zorg? Druk op *o* voor *Zelfzorg in de zorg*.
ui-welcome-other-msc-at-work-short = Werk je niet in de zorg? Druk op *o* voor *Mindful zelfcompassie op het werk*.

# History's export (x)
ui-history-exported = Geëxporteerd naar { $file }
ui-history-exported-left-out = Geëxporteerd naar { $file }; niet meegenomen: { $left }
ui-history-not-exported = Niet geëxporteerd: { $error }

# Saving went wrong, and other notes on the status line
ui-err-progress-damaged = { $error } — je voortgang wordt deze keer niet bewaard; het bestand blijft zoals het is
ui-err-place-not-saved = Je plek in het werkboek is niet bewaard: { $error }
ui-err-text-kept-retrying = Niet bewaard: { $error }. Je tekst blijft hier staan en mscwork probeert het elke 2 s opnieuw.
ui-err-text-quit-anyway = Niet bewaard: { $error }. Druk nog eens op Ctrl-C om toch te stoppen: je tekst komt dan in de terminal te staan, zodat je hem kunt kopiëren.
ui-err-answer-quit-anyway = Niet bewaard: { $error }. Druk nog eens op Ctrl-C om toch te stoppen: je antwoord komt dan in de terminal te staan, zodat je het kunt kopiëren.
ui-err-not-saved = Niet bewaard: { $error }
ui-err-chapter-read-only = { $error } — dit hoofdstuk kun je alleen lezen
ui-err-chapter-damaged = { $error } — dit hoofdstuk kun je alleen lezen; het bestand blijft zoals het is
ui-err-favourites = { $error } — favorieten gelden alleen deze keer; het bestand blijft zoals het is
ui-err-session-not-logged = { $error } — deze sessie komt niet in je oefenlog; het bestand blijft zoals het is
ui-err-practice-not-logged = { $error } — deze oefening komt niet in je oefenlog; het bestand blijft zoals het is
ui-err-log-not-written = Je oefenlog is niet bijgewerkt: { $error }
ui-err-file-left = { $error } — het bestand blijft zoals het is
ui-favourite-how = f maakt van een oefening in de lijst hieronder een favoriet
ui-favourite-off = “{ $title }” is geen favoriet meer
ui-favourite-on = ★ “{ $title }” is nu een favoriet
ui-editor-nothing-there = (daar is nog niets geschreven)
keys-history-all-workbooks = de antwoorden van het open werkboek, of van alle werkboeken (alleen lezen)
keys-history-all-workbooks-hint = werkboeken
ui-history-all-workbooks = Alle werkboeken
ui-history-no-other = Er zijn nog geen antwoorden in een ander werkboek
ui-history-other-write = Dit antwoord staat in { $title }: open dat werkboek bij Instellingen om daar te schrijven
ui-history-unreadable = (kon niet worden gelezen: { $error })
ui-history-step-gone = (een stap die niet meer in het werkboek staat: { $id })
ui-choice-own-word = je eigen woord
ui-export-empty = leeg
ui-history-scale = { $value } (van { $min } = { $low } tot { $max } = { $high })
ui-editor-placeholder = Schrijf vrijuit. Niemand anders leest dit. Esc bewaart en sluit.
ui-err-settings-damaged = settings.ron is beschadigd en blijft zoals het is; wijzigingen gelden alleen deze keer: { $error }
ui-practice-running-note-informal = Ogen open, in je eigen tempo; stoppen mag altijd.
ui-export-no-chapter = geen hoofdstuk "{ $id }" in dit werkboek; geef het nummer of de id: { $known }
ui-export-no-folder = { $path }: deze gegevensmap bestaat niet (is er nog niets geschreven?)
ui-cli-chapter-done = klaar
