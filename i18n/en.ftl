# mscwork interface strings, English. Ids: keys-<screen>-<action>[-hint]
# are the keys of each screen (help box text; -hint: its word in the hint bar).

keys-scale-right = higher
keys-scale-right-hint = higher
keys-scale-left = lower
keys-scale-left-hint = lower
keys-scale-digit = type the value: 1 then 0 is 10
keys-scale-top = lowest value
keys-scale-bottom = highest value
keys-scale-save = save
keys-scale-save-hint = save
keys-scale-back = cancel
keys-scale-back-hint = cancel
keys-scale-help = help: all keys
keys-scale-help-hint = help
keys-scale-quit = save and quit
keys-choice-up = option above
keys-choice-down = option below
keys-choice-left = option to the left
keys-choice-right = option to the right
keys-choice-toggle = pick: or unpick; on Other, write your own
keys-choice-toggle-hint = pick
keys-choice-save = save: your choice
keys-choice-save-hint = save
keys-choice-back = cancel
keys-choice-back-hint = cancel
keys-choice-help = help: all keys
keys-choice-help-hint = help
keys-choice-quit = save and quit
keys-choice-other-open = done writing
keys-choice-other-open-hint = done writing
keys-choice-other-back = done writing; in the plan: set the intention aside for later
keys-choice-other-help = help: all keys
keys-choice-other-help-hint = help
keys-choice-other-quit = save and quit
keys-assess-intro-open = begin: or continue your draft
keys-assess-intro-open-hint = begin
keys-assess-intro-digit = how your last intentions went: 1 not yet … 5 fully (asked when you have a plan)
keys-assess-intro-start-over = discard: your draft and start over (asks first)
keys-assess-intro-start-over-hint = discard
keys-assess-intro-results = results: of your latest take
keys-assess-intro-results-hint = results
keys-assess-intro-up = scroll up
keys-assess-intro-down = scroll down
keys-assess-intro-page-up = page up
keys-assess-intro-page-down = page down
keys-assess-intro-back = back
keys-assess-intro-back-hint = back
keys-assess-intro-help = help: all keys
keys-assess-intro-help-hint = help
keys-assess-intro-quit = quit
keys-assess-item-digit = answer: with that number and go on
keys-assess-item-digit-hint = answer
keys-assess-item-up = answer above
keys-assess-item-down = answer below
keys-assess-item-save = answer: the marked one and go on
keys-assess-item-prev = back: to the previous item
keys-assess-item-prev-hint = back
keys-assess-item-next = forward: to the next answered item
keys-assess-item-back = pause: your answers are kept as a draft
keys-assess-item-back-hint = pause
keys-assess-item-help = help: all keys
keys-assess-item-help-hint = help
keys-assess-item-quit = quit: your answers are kept as a draft
keys-results-next = next: tab
keys-results-next-hint = next
keys-results-prev = previous tab
keys-results-up = scroll up
keys-results-down = scroll down
keys-results-page-up = page up
keys-results-page-down = page down (also Space)
keys-results-left = earlier take: its results and plan
keys-results-left-hint = earlier take
keys-results-right = later take
keys-results-back = back
keys-results-back-hint = back
keys-results-help = help: all keys
keys-results-help-hint = help
keys-results-quit = quit
keys-plan-up = intention above
keys-plan-down = intention below
keys-plan-toggle = pick: or unpick (one to three)
keys-plan-toggle-hint = pick
keys-plan-own = own: write your own intention
keys-plan-own-hint = own
keys-plan-save = save: your plan
keys-plan-save-hint = save
keys-plan-next = next tab
keys-plan-prev = previous: tab
keys-plan-prev-hint = previous
keys-plan-left = earlier take: its results and plan
keys-plan-right = later take
keys-plan-back = back
keys-plan-help = help: all keys
keys-plan-help-hint = help
keys-plan-quit = quit
keys-chapter-next = next step
keys-chapter-next-hint = next
keys-chapter-prev = previous step
keys-chapter-prev-hint = previous
keys-chapter-up = scroll up
keys-chapter-down = scroll down
keys-chapter-page-up = page up
keys-chapter-page-down = page down
keys-chapter-read-on = page down; at a text's end, next step
keys-chapter-edit = open: write, check in, choose or begin the practice
keys-chapter-edit-hint = open
keys-chapter-new-answer = new answer: the earlier ones are kept
keys-chapter-new-answer-hint = new answer
keys-chapter-choose = choose: which of your answers Enter continues
keys-chapter-contents = contents: the steps; go to one
keys-chapter-contents-hint = contents
keys-chapter-back = back: to the chapter list
keys-chapter-back-hint = back
keys-chapter-help = help: all keys
keys-chapter-help-hint = help
keys-chapter-quit = quit
keys-editor-back = save and close the editor
keys-editor-back-hint = save and close the editor
keys-editor-save = save now
keys-editor-save-hint = save now
keys-editor-undo = undo, a word at a time
keys-editor-undo-hint = undo
keys-editor-external-editor = edit: in your own editor ($VISUAL or $EDITOR)
keys-editor-redo = redo, a word at a time
keys-editor-help = help: all keys
keys-editor-help-hint = help
keys-editor-quit = save and quit
keys-editor-move = move a character or a row
keys-editor-move-2 = move a word back or on
keys-editor-move-3 = move a paragraph back or on
keys-editor-move-4 = start or end of the line
keys-editor-move-5 = a screenful up or down
keys-editor-top = start of the text
keys-editor-bottom = end of the text
keys-history-up = previous answer
keys-history-down = next answer
keys-history-page-up = page up
keys-history-page-down = page down
keys-history-top = newest
keys-history-bottom = oldest
keys-history-open = read: the whole answer
keys-history-open-hint = read
keys-history-search = search: as you type; case and accents do not matter
keys-history-search-hint = search
keys-history-filter-next = chapter: show the next chapter only
keys-history-filter-next-hint = chapter
keys-history-filter-prev = previous chapter filter
keys-history-export = export: everything to a Markdown file
keys-history-export-hint = export
keys-history-back = back: clears the search first
keys-history-back-hint = back
keys-history-help = help: all keys
keys-history-help-hint = help
keys-history-quit = quit
keys-history-search-open = open: the selected answer, keeping the search
keys-history-search-open-hint = open
keys-history-search-down = next answer: the search stays
keys-history-search-down-hint = results
keys-history-search-up = previous answer: the search stays
keys-history-search-back = clear: the search
keys-history-search-back-hint = clear
keys-history-search-help = help: all keys
keys-history-search-quit = quit
keys-history-read-up = scroll up
keys-history-read-down = scroll down
keys-history-read-page-up = page up
keys-history-read-page-down = page down
keys-history-read-versions = versions: show or hide earlier ones
keys-history-read-versions-hint = versions
keys-history-read-write = write: go to this prompt in its chapter
keys-history-read-write-hint = write
keys-history-read-back = back: to the list
keys-history-read-back-hint = back
keys-history-read-help = help: all keys
keys-history-read-help-hint = help
keys-history-read-quit = quit
keys-home-up = previous entry
keys-home-down = next entry
keys-home-top = first entry
keys-home-bottom = last entry
keys-home-open = open: continue where you left off
keys-home-open-hint = open
keys-home-assessment = assessment: your job demands and resources
keys-home-assessment-hint = assessment
keys-home-help = help: all keys
keys-home-help-hint = help
keys-home-support = support: where to find help
keys-home-support-hint = support
keys-home-welcome = welcome: read it again
keys-home-intake = before you begin: who should go carefully
keys-home-history = review: everything you have written
keys-home-history-hint = review
keys-home-practice-log = log: your practice over the weeks
keys-home-practice-log-hint = log
keys-home-practices = practices: every practice, and a plain timer
keys-home-practices-hint = practices
keys-home-settings = settings: bell, theme, day start
keys-home-settings-hint = settings
keys-home-quit = quit
keys-overlay-up = scroll up
keys-overlay-down = scroll down
keys-overlay-page-up = page up
keys-overlay-page-down = page down
keys-overlay-back = close
keys-overlay-back-hint = close
keys-overlay-help = help: the keys of the screen below; closes help
keys-overlay-support = support: where to find help
keys-overlay-welcome = welcome: read it again
keys-overlay-intake = before you begin: who should go carefully
keys-overlay-quit = save and quit
keys-intake-up = scroll up
keys-intake-down = scroll down
keys-intake-page-up = page up
keys-intake-page-down = page down
keys-intake-open = go on to the chapter (read again with i on the chapter list)
keys-intake-open-hint = go on
keys-intake-back = not now: back to the chapter list
keys-intake-back-hint = not now
keys-intake-support = support: where to find help
keys-intake-support-hint = support
keys-intake-quit = save and quit
keys-contents-up = previous step
keys-contents-up-hint = move
keys-contents-down = next step
keys-contents-page-up = five steps up
keys-contents-page-down = five steps down
keys-contents-top = first step
keys-contents-bottom = last step
keys-contents-digit = the step's number picks it (1 then 2 is step 12)
keys-contents-open = go to the step
keys-contents-open-hint = go
keys-contents-back = close
keys-contents-back-hint = close
keys-contents-help = help: the chapter page's keys
keys-contents-quit = save and quit
keys-practice-pause = pause: or continue
keys-practice-pause-hint = pause
keys-practice-stop = stop: end here; it is logged, and stopping is always fine
keys-practice-stop-hint = stop
keys-practice-grounding = ground: feel your feet on the floor
keys-practice-grounding-hint = ground
keys-practice-backdraft = backdraft: when kindness stirs up pain
keys-practice-backdraft-hint = backdraft
keys-practice-open = back: to the chapter (when finished)
keys-practice-open-hint = back
keys-practice-help = help: all keys
keys-practice-help-hint = help
keys-practice-ask-quit = quit: asks first while the practice runs; it is logged as stopped early
keys-practice-quit = stop, log and quit at once
keys-rating-right = higher
keys-rating-right-hint = higher
keys-rating-left = lower
keys-rating-left-hint = lower
keys-rating-digit = type the value: 1 then 0 is 10
keys-rating-top = lowest value
keys-rating-bottom = highest value
keys-rating-save = save: the check-in, and go on
keys-rating-save-hint = save
keys-rating-back = skip: go on without a check-in
keys-rating-back-hint = skip
keys-rating-help = help: all keys
keys-rating-help-hint = help
keys-rating-quit = save and quit
keys-practice-log-up = scroll up
keys-practice-log-down = scroll down
keys-practice-log-page-up = page up
keys-practice-log-page-down = page down
keys-practice-log-back = back
keys-practice-log-back-hint = back
keys-practice-log-help = help: all keys
keys-practice-log-help-hint = help
keys-practice-log-quit = quit
keys-practice-log-quit-hint = quit
keys-practices-up = previous entry
keys-practices-down = next entry
keys-practices-top = first entry: the timer
keys-practices-bottom = last entry
keys-practices-open = start: the timer, or the practice chosen
keys-practices-open-hint = start
keys-practices-right = timer: longer, or a rarer bell
keys-practices-right-hint = more
keys-practices-left = timer: shorter, or a more frequent bell
keys-practices-left-hint = less
keys-practices-digit = timer: type the minutes (1 2 0 is 120)
keys-practices-favourite = favourite: mark or unmark; favourites come first
keys-practices-favourite-hint = favourite
keys-practices-back = back: to the chapter list
keys-practices-back-hint = back
keys-practices-help = help: all keys
keys-practices-help-hint = help
keys-practices-quit = quit
keys-timer-pause = pause: or continue
keys-timer-pause-hint = pause
keys-timer-stop = stop: end here; it is logged, and stopping is always fine
keys-timer-stop-hint = stop
keys-timer-grounding = ground: feel your feet on the floor
keys-timer-grounding-hint = ground
keys-timer-backdraft = backdraft: when kindness stirs up pain
keys-timer-backdraft-hint = backdraft
keys-timer-open = back: to the practices (when finished)
keys-timer-open-hint = back
keys-timer-help = help: all keys
keys-timer-help-hint = help
keys-timer-ask-quit = quit: asks first while the timer runs; it is logged as stopped early
keys-timer-quit = stop, log and quit at once
keys-settings-up = previous setting
keys-settings-down = next setting
keys-settings-down-hint = next setting
keys-settings-right = change: to the next value
keys-settings-right-hint = change
keys-settings-left = change: previous value
keys-settings-left-hint = previous value
keys-settings-back = back
keys-settings-back-hint = back
keys-settings-help = help: all keys
keys-settings-help-hint = help
keys-settings-quit = quit

# The self-assessment
ui-assess-tab-overview = Overview
ui-assess-tab-chart = Chart
ui-assess-tab-scales = Scales
ui-assess-tab-plan = Plan
ui-assess-none = This workbook has no self-assessment
ui-assess-draft-damaged = { $error } — the draft is left as it is
ui-assess-no-results = No results yet: take the assessment first
ui-assess-went-not-yet = not yet
ui-assess-went-a-little = a little
ui-assess-went-partly = partly
ui-assess-went-mostly = mostly
ui-assess-went-fully = fully
ui-assess-review-kept = Thank you: "{ $went }" is kept with this take once you finish it
ui-assess-paused = Your answers are kept; continue any time with a
ui-assess-not-kept = { $reason }. Finish the assessment to keep your answers, or press Esc again to leave without them.
ui-assess-draft-not-saved = Your answers so far are not saved as a draft: { $error }
ui-assess-cannot-score = Cannot score yet: { $error }
ui-assess-saved = Saved. These are your results
ui-assess-first-take-reached = This is your first take
ui-assess-latest-take-reached = This is your latest take
ui-assess-plan-three = Three is plenty: unpick one first
ui-assess-plan-placeholder = one small, concrete step
ui-assess-plan-pick-first = Pick one to three intentions with Space first
ui-assess-plan-saved = Your plan is saved; it stays on the home screen until your next take
ui-assess-plan-set-aside = Your intention is kept for now: o goes on with it, Enter there adds it
ui-assess-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
ui-assess-more-below = ↓ more below ({ $shown }/{ $total } lines): ↓ or PgDn/Space
ui-assess-end = end ({ $total ->
    [one] { $total } line
   *[other] { $total } lines
}): ↑ or PgUp goes back
ui-assess-compared-baseline = your first take (baseline)
ui-assess-compared-previous = your previous take
ui-assess-taken = Taken { $date } · take { $n } of { $count }
ui-assess-overview-tab = Tab: the chart, every scale with its changes, and your job-crafting plan.
ui-assess-draft = You have a draft with { $answered } of { $total } answered. Enter continues it; d discards it and starts over.
ui-assess-begin = Press Enter to begin: { $count } short statements, about { $minutes } minutes.
ui-assess-taken-before = You have taken it { $count ->
    [one] once
   *[other] { $count } times
}, last on { $date }; r shows those results (p and n move between takes).
ui-assess-damaged = Left untouched, could not be read: { $error }
ui-assess-review-intentions = Your intentions from { $date }:
ui-assess-review-went = How they went: { $went } (kept with this take; another number changes it).
ui-assess-review-ask = How did they go? Press { $options } (or just begin).
ui-assess-answered = { $answered }/{ $total } answered
ui-assess-group-job-demands = Job demands
ui-assess-group-job-resources = Job resources
ui-assess-group-personal-resources = Personal resources
ui-assess-group-outcomes = Outcomes
ui-assess-item-how = Press 1–{ $max } to answer. ← goes back. Esc pauses; your answers are kept.
ui-assess-plan-intro = Job crafting means reshaping your own job a little. Pick one to three small intentions for the weeks ahead (Space), or write your own (o); Enter saves them with this take.
ui-assess-plan-own = Your own
ui-assess-plan-carried = Your plan carries on from your previous take until you save a new one here.
ui-assess-plan-saved-list = Saved plan: { $plan }
ui-assess-helps-step = "{ $title }" in chapter { $n }
ui-assess-helps-chapter = chapter { $n }
ui-assess-helps = Helps: { $list }
ui-assess-up-better = ↑ better
ui-assess-up-worse = ↑ worse
ui-assess-down-better = ↓ better
ui-assess-down-worse = ↓ worse
ui-assess-legend = { $mark } lower is better · bands: { $low } below { $from }, { $moderate } { $from }–{ $to }, { $high } above { $to }
ui-assess-where-you-stand = Where you stand: { $quadrant }
ui-assess-indices = Job demands { $demands } ({ $demands_band }) · job resources { $resources } ({ $resources_band })
ui-assess-midpoint = Where you stand splits each at { $midpoint }, whatever its band: the middle answer, "{ $middle }". It is a point of the answer scale, not a comparison with other people: these questions have no norms.
ui-assess-review-result = Your intentions from { $date } went: { $went }.
ui-assess-look-after-yourself = Please look after yourself
ui-assess-challenges = challenges { $score } ({ $scales })
ui-assess-hindrances = hindrances { $score } ({ $scales })
ui-assess-demand-split = Of the demands: { $parts }
ui-assess-demand-split-about = Challenges cost energy but can also stretch you; hindrances mostly drain it.
ui-assess-workbook-helps = Where the workbook can help
ui-assess-balances = Self-compassion at work: three balances
ui-assess-balances-about = Each balance weighs the kind side against the harsh side, 1 to { $top }; higher is kinder.
ui-assess-compared-none = Compared with { $what } ({ $date }): no noticeable changes.
ui-assess-compared-changes = Compared with { $what } ({ $date }), noticeable changes: { $changes }. See the Scales tab.
ui-assess-grid-resources = resources
ui-assess-grid-demands = demands
ui-assess-grid-from = { $midpoint } and up
ui-assess-grid-below = below { $midpoint }
ui-assess-chart-about = Every scale, 1 ({ $first }) to { $top } ({ $last }); the bars share one scale from 0.
ui-assess-scales-no-earlier = No earlier take to compare with.
ui-assess-scales-since = Change since { $what }, { $date }: ↑ or ↓ marks a noticeable change, said as better or worse (at least two answers' worth on that scale; each scale's is below).
ui-assess-col-score = score
ui-assess-col-band = band
ui-assess-col-change = change
ui-assess-col-trend = all takes
ui-assess-meaning = What each scale means
ui-assess-meaning-lower = Lower is better.
ui-assess-meaning-challenge = A challenge demand.
ui-assess-meaning-hindrance = A hindrance demand.
ui-assess-meaning-noticeable = Noticeable change: { $change }.
ui-assess-bands-about = The bands ({ $low }, { $moderate }, { $high }) are this workbook's own cut-offs for reading a score on the 1 to { $top } scale, not norms from a study: they say where your answers lie, not how you compare with other people.

# Home and the course
ui-home-progress-damaged = Progress file damaged, left untouched: { $error }
ui-home-settings-damaged = Settings file damaged, left untouched; changes to settings last this session only: { $error }
ui-home-choose-course = To go week by week (8, 6 or 4 weeks), choose a course path in settings: s.
ui-home-continue = Continue
ui-home-plan = Your job-crafting plan (from { $date })
ui-step-of = step { $n }/{ $total }
ui-done = done
ui-course-starts = Your { $weeks }-week course starts on { $day }
ui-course-this-week = This week: { $n } of { $weeks } · { $title }
ui-course-minutes = { $minutes } min practised
ui-course-look-back = Look back on week { $n }
ui-course-stay-with = Stay with week { $n } at your own pace: it has steps open
ui-course-move-on = Move on to week { $n } when you are ready
ui-course-follow-calendar = Follow the calendar again (week { $n })
ui-course-today = Today: { $title }, { $minutes } min
ui-course-daily = about { $minutes } min a day suggested
ui-course-next = Next: { $title }
ui-course-week-done = Every step of this week is done
ui-course-finished = { $path }: all { $weeks } weeks are behind you. The chapters stay here, to come back to.

# Settings
ui-settings-title = Settings
ui-settings-saved-as-you-go = saved as you change them
ui-settings-day-start-by-hand = A day starts at { $hour }, as the settings file says; here you can choose { $first } to { $last }.
ui-settings-no-color = NO_COLOR is set, so mscwork shows no colour whatever the theme.
ui-settings-live-in = Settings live in { $path }.
ui-settings-choose-course = Choose a course path (8, 6 or 4 weeks) to see each week's chapter, practices and minutes on the chapter list. Nothing is lost if you change it later.
ui-settings-own-pace = At your own pace, a week ends when you move on from the chapter list.
ui-settings-calendar-pace = By the calendar, a new week starts every seven days; if a week slips by, you can stay with it at your own pace.
ui-settings-theme-default = default
ui-settings-theme-light = light
ui-settings-theme-monochrome = monochrome
ui-settings-bell = Bell at the start and end of a practice
ui-settings-theme = Theme
ui-settings-day-start = A day starts at (for late practice)
ui-settings-course = Course path
ui-settings-course-start = Week 1 started on
ui-settings-language = Language (taal)
ui-settings-pace = The weeks follow
ui-settings-pace-calendar = the calendar
ui-settings-pace-own = my own pace (week { $n })
ui-settings-damaged = { $error } — changes apply to this session only; the file is left as it is
ui-on = on
ui-off = off
ui-none = none
ui-saved = Saved
ui-not-saved = Not saved: { $error }
ui-language-differs = The { $language } workbook differs from this one; kept this one
ui-language-errors = The { $language } workbook has errors; kept this one: { $error }
ui-language-missing = There is no { $language } workbook yet

# A step's page
ui-optional = optional
ui-kind-text = Text
ui-kind-practice = Practice
ui-kind-reflection = Reflection
ui-kind-scale = Scale
ui-kind-choice = Choice
ui-kind-assessment = Assessment
ui-more-below = ↓ more below ({ $shown }/{ $total } lines)
ui-end-of-step = end of step ({ $total } lines)
ui-practice-done-before = You have done this practice { $count ->
    [one] once
   *[other] { $count } times
}; last on { $date }.
ui-practice-begin = Press Enter to begin. You can pause, or stop at any moment; g grounds you, b explains backdraft.
ui-practice-formal = A guided practice
ui-practice-informal = A practice for the working day
ui-reflection-not-yet = You have not written here yet. Press Enter to write.
ui-your-answers = { $count ->
    [one] Your answer
   *[other] Your answers ({ $count }, newest first)
}
ui-scale-check-in = Press Enter to check in.
ui-scale-your-check-ins = Your check-ins (newest first)

# Boxes over the screen
ui-ctx-home = Chapter list
ui-ctx-chapter = Chapter
ui-ctx-editor = Editor
ui-ctx-overlay = Box
ui-ctx-scale = Check-in
ui-ctx-rating = Check-in
ui-ctx-choice = Choice
ui-ctx-choice-other = Writing your own option
ui-ctx-practice = Practice
ui-ctx-settings = Settings
ui-ctx-assess-intro = Self-assessment
ui-ctx-assess-item = Self-assessment item
ui-ctx-results = Results
ui-ctx-plan = Job-crafting plan
ui-ctx-history = History
ui-ctx-history-search = Searching
ui-ctx-history-read = Reading an answer
ui-ctx-practice-log = Practice log
ui-ctx-contents = Contents
ui-ctx-intake = Before you begin
ui-ctx-practices = Practices
ui-ctx-timer = Silent timer
ui-help-keys-of = { $screen } keys
ui-help-editor-saves-1 = Text is saved when you leave the editor, on Ctrl-S,
ui-help-editor-saves-2 = on quit, and within 2 seconds of a change.
ui-help-in-this-box = In this box
ui-grounding-fallback = Feel your feet on the floor. Let the floor hold you.
ui-grounding-read-slowly = Read slowly, one line at a time. The practice you were in is paused.
ui-support-crisis = In a crisis, now
ui-support-emergency = In danger, now
ui-support-listening = To talk, when it is not a crisis
ui-support-care = When work weighs on you
ui-support-directory = Anywhere else
ui-support-checked = These numbers were checked on { $day }. Numbers can change; the directory site above always has the current ones.
ui-care-crisis-key = If it is more than strain, if you feel unsafe or think of ending your life, press *h* for crisis lines.
ui-box-help = Help
ui-box-esc-close = Esc close
ui-box-esc-back = Esc back
ui-box-enter-begin = Enter begin
ui-box-welcome = Welcome
ui-box-contents = Contents
ui-box-contents-keys = Enter go · Esc close
ui-box-grounding = Grounding
ui-box-backdraft = Backdraft
ui-box-support = Support
ui-box-care = Look after yourself
ui-box-care-keys = h crisis lines · Esc close
ui-box-intake = Before you begin
ui-box-intake-keys = Enter go on · Esc not now
ui-confirm-discard = Start over?
ui-confirm-discard-question = Discard your answers so far?
ui-confirm-discard-keys = y = discard, any other key = keep
ui-confirm-discard-footer = y discard · other keys keep
ui-confirm-quit = Quit?
ui-confirm-quit-question = Stop the practice and quit? It is logged as stopped early.
ui-confirm-quit-keys = y = stop and quit, any other key = go on with the practice
ui-confirm-quit-footer = y quit · other keys go on
ui-contents-heading = Chapter { $n }: { $done } of { $total } steps done
ui-contents-how = Type a step's number or move to it, then Enter

# A practice and the editor
ui-practice-before = Check-in before
ui-practice-and-now = Check-in after
ui-practice-paused-left = paused · { $left } left of { $planned }
ui-practice-paused-note = Paused — Space to continue, Esc to stop here
ui-practice-running-note = Eyes may close or stay open; stopping is fine.
ui-practice-own-words = Your own words:
ui-practice-full = { $minutes ->
    [one] You practised the whole minute.
   *[other] You practised the full { $minutes } minutes.
}
ui-practice-part = { $minutes ->
    [one] You practised { $done } of { $minutes } minute. Stopping is part of practising too.
   *[other] You practised { $done } of { $minutes } minutes. Stopping is part of practising too.
}
ui-practice-check-in-went = Your check-in went from { $before } to { $after }. Whatever it shows is fine.
ui-practice-logged = It is in your practice log.
ui-practice-back = Press Enter to go back to the chapter.
ui-editor-writing = writing
ui-editor-words = { $count ->
    [one] 1 word
   *[other] { $count } words
}
ui-editor-not-saved-yet = ● not saved yet — saved within 2 s
ui-editor-saved-at = saved { $time }
ui-editor-earlier-answers = Earlier answers

# History
ui-history = History
ui-history-reading = reading
ui-history-more-below = ↓ more below
ui-history-count = { $shown } of { $total } answers
ui-history-all-chapters = All chapters
ui-history-chapter = Chapter { $n }: { $title }
ui-history-search = Search
ui-history-empty = Nothing here yet. Your reflections, check-ins and choices appear here as you write them. Esc goes back to the chapters.
ui-history-no-match = No answer matches “{ $query }”. Esc clears the search.
ui-history-chapter-empty = Nothing written in this chapter yet. ← → changes the chapter.
ui-history-damaged = Could not be read, left untouched: { $error }
ui-history-versions-hide = v hides them
ui-history-versions-show = v shows them
ui-history-versions = { $count } versions kept; { $hint }
ui-history-earlier-version = Earlier version, { $date }
ui-week-of = week { $n } of { $weeks }

# Answering on a step's page
ui-chapter-damaged = Your answers file for this chapter is damaged and left untouched, so this chapter is read-only: { $error }
ui-assessment-last-taken = You last took it on { $date }; r on its page shows your results.
ui-assessment-open = Press Enter to open the self-assessment.
ui-reflection-continues-this = Enter continues this one
ui-reflection-how-many = Enter continues your latest answer (c chooses another); a starts a new one. Earlier words are always kept.
ui-reflection-how-one = Enter continues your latest answer; a starts a new one. Earlier words are always kept.
ui-reflection-how-from-history = Enter continues the earlier answer you opened from History; c chooses one listed here; a starts a new one.
ui-reflection-how-marked = Enter continues the answer marked ▸ (c chooses another); a starts a new one.
ui-scale-earlier = … and { $count } earlier
ui-scale-again = Press Enter for a new check-in, also to correct a mistyped one: the new one counts, the earlier ones are kept with their dates.
ui-choice-pick-one = Pick one.
ui-choice-pick-up-to = Pick up to { $max }.
ui-choice-pick-many = Pick as many as you like.
ui-choice-typing = Type your own word; Enter when done.
ui-choice-keys = Arrows move, Space picks, Enter saves, Esc cancels.
ui-choice-other = Other
ui-choice-earlier = { $count } earlier choices kept
ui-choice-chosen = Chosen { $date }{ $note }. Enter to choose again.
ui-choice-enter = Press Enter to choose.
ui-recall-from = From chapter { $n }, “{ $title }”:
ui-recall-written = from { $date }
ui-recall-nothing = Nothing there yet. You can come back to it later (chapter { $n }), or carry on without it.
ui-box-more = ↓ more

# The practices and the timer
ui-practices = Practices
ui-practices-count = { $count ->
    [one] 1 practice
   *[other] { $count } practices
}
ui-practices-favourites-first = Practices · ★ favourites first
ui-practices-formal = formal
ui-practices-informal = informal
ui-practices-ch = ch.
ui-timer = Silent timer
ui-timer-every = { $minutes ->
    [one] every minute
   *[other] every { $minutes } min
}
ui-timer-minutes = Minutes
ui-timer-interval = Interval bell
ui-timer-bell-off = The bell is off in Settings (s on the chapter list): the timer rings none.
ui-timer-header = Timer · { $minutes } min
ui-timer-sit = Sit as you like, with nothing to follow: the time is yours.
ui-practice-left = { $left } left of { $planned }
ui-timer-no-bell = No bell: it is off in Settings.
ui-timer-bell-end = A bell at the end.
ui-timer-bell-every = { $minutes ->
    [one] A bell every minute, and at the end.
   *[other] A bell every { $minutes } minutes, and at the end.
}
ui-timer-full = { $minutes ->
    [one] You sat for the whole minute.
   *[other] You sat for the full { $minutes } minutes.
}
ui-timer-part = { $minutes ->
    [one] You sat for { $done } of { $minutes } minute. Stopping is part of practising too.
   *[other] You sat for { $done } of { $minutes } minutes. Stopping is part of practising too.
}
ui-timer-back = Press Enter to go back to the practices.

# The practice log
ui-log = Practice log
ui-log-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
ui-log-in-all = In all: { $sessions }, { $minutes }.
ui-log-this-week = This week: { $sessions }, { $minutes }.
ui-log-guide = about 30 min a day suggested; 10–15 is a fine start
ui-log-caption-long = min per week, weeks from Monday
ui-log-caption-short = min per week
ui-log-days-practised = days practised
ui-log-empty = No practice logged yet. Each chapter has guided practices: open one with Enter and the time you spend appears here.
ui-log-stopped-early = stopped early
ui-log-check-in = check-in

# The status line
ui-status-one-answer = There is one answer here: Enter continues it
ui-status-latest-answer = your latest answer
ui-status-answer-of-list = answer { $n } of the list
ui-status-enter-continues = Enter continues { $what }; c chooses another
ui-status-chapter-begins = Chapter { $n } begins
ui-status-last-step = This is the last step of the workbook
ui-status-back-in-chapter = Back in chapter { $n }
ui-status-first-step = This is the first step of the workbook
ui-status-set-editor = Set $VISUAL or $EDITOR to write in your own editor
ui-status-no-changes = No changes from your editor
ui-status-empty-text = Your editor returned an empty text; nothing was changed
ui-status-draft-back = Your draft is back where you left it
ui-status-saved-at = Saved { $time }
ui-status-draft-kept = Your draft is kept: Enter continues it
ui-status-practice-goes-on = The practice goes on
ui-status-nothing-lost = Nothing is lost: the chapters wait until you are ready
ui-status-check-in-saved = Saved your check-in: { $value }. Not right? Enter checks in again.
ui-status-at-most = At most { $max }: unpick one first
ui-status-pick-first = Pick an option with Space first, or Esc to leave it for now
ui-status-choice-saved = Saved your choice
ui-status-stirred-up = That was a lot to feel. g grounds you (feet on the floor), b explains backdraft; help lines are here.
ui-status-staying-with = Staying with week { $n }, at your own pace
ui-status-on-to-week = On to week { $n }
ui-status-following-calendar = Following the calendar again
ui-status-history-continue = Enter continues this answer; a writes a new one. Esc returns to History.
ui-status-history-again = Enter answers again; the earlier answer is kept. Esc returns to History.
ui-status-history-gone = That prompt is no longer in the workbook; the answer is kept here

# mscwork today
ui-today-intention = Intention
ui-today-starts = { $title } starts on { $date }, { $days ->
    [one] tomorrow
   *[other] in { $days } days
}.
ui-today-ended = { $title } ended on { $date }; its practices stay here for whenever you want one.
ui-today-week = Week { $n } of { $weeks }
ui-today-today = Today
ui-today-next = Next
ui-today-this-week = This week
ui-today-last-day = Last day of the week
ui-today-practised = { $minutes } practised
ui-today-nothing-yet = nothing logged yet
ui-today-suggested = { $so_far }; about { $minutes } min a day is suggested
ui-today-look-back = time for { $step }, if you like
ui-today-chapter = chapter { $n }

# The Markdown export
ui-export-title = My workbook: { $title }
ui-export-exported = Exported { $date } from the data folder { $folder }.
ui-export-only-chapter = Only chapter { $n }, { $title }.
ui-export-only-since = Only what is dated { $date } or later.
ui-export-clock = Every time is shown as it was on your clock when you wrote it.
ui-export-nothing = Nothing to export yet.
ui-export-nothing-since = Nothing to export yet from that day on.
ui-export-chapter-gone = Answers to a chapter no longer in the workbook
ui-export-earlier-versions = Earlier versions
ui-export-assessment = Self-assessment
ui-export-log-summary = { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} in all, { $minutes } minutes of practice. A day here starts at { $hour }, so a session after midnight counts for the evening before.
ui-export-week-of = Week of
ui-export-sessions = Sessions
ui-export-minutes = Minutes
ui-export-by-day = Sessions by day
ui-history-slash-to-search = / to search
ui-editor-new-version = Your answer — a new version; the earlier one is kept
ui-editor-your-answer = Your answer
ui-practice-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}

# The self-assessment as plain text (mscwork assessment, export)
ui-report-taken = { $title } — taken { $date } (take { $number } of { $of })
ui-report-stand = Where you stand: { $quadrant } (job demands { $demands }, job resources { $resources }; the midpoint is { $midpoint })
ui-report-demand-split = Of the demands: challenges { $challenges } · hindrances { $hindrances }
ui-report-noticeable = Noticeable changes since { $date } are said as better or worse: at least two answers' worth on that scale (1.0 on two statements, 0.6 on three, 0.5 on four, 0.4 on five or more).
ui-report-balances = Self-compassion balances (higher is kinder)
ui-report-plan = Job-crafting plan
ui-report-other-take = Self-assessment "{ $id }" — taken { $date } ({ $file })
ui-report-other-scores = Job demands { $demands }, job resources { $resources } ({ $quadrant })

# The data folder cannot be used
ui-err-data-create = { $path }: cannot create the data folder: { $error }
ui-err-data-use = { $path }: cannot use it as the data folder: { $error }
ui-err-data-read = { $path }: cannot read the data folder: { $error }
ui-err-data-not-folder = { $path }: is { $kind }, not a folder; give mscwork a folder for your data (a new or empty one, or the one it already uses) with --data-dir DIR
ui-err-data-not-ours = { $path }: holds other files ({ $names }) and none of mscwork's, so it is not used as the data folder; give mscwork a new or empty folder with --data-dir DIR (nothing was changed)
ui-err-data-in-use = another mscwork is already using the data in { $path }; close it first (nothing was changed)
ui-err-data-in-use-pid = another mscwork (process { $pid }) is already using the data in { $path }; close it first (nothing was changed)
ui-err-data-lock = { $path }: cannot lock: { $error }
ui-err-data-lock-link = { $path }: is a symbolic link, which mscwork does not follow for its lock; remove it and start again
ui-err-data-open-lock = { $path }: cannot open the lock file: { $error }
ui-err-data-lock-odd = { $path }: not a regular file ({ $kind }); mscwork keeps its lock there: move it away and start again
ui-kind-fifo = a named pipe (FIFO)
ui-kind-socket = a socket
ui-kind-device = a device
ui-kind-folder = a folder
ui-kind-link = a symbolic link
ui-kind-file = a file
ui-kind-other = something else

# The command line
ui-cli-workbook-errors = the workbook has errors:
ui-cli-no-assessment = this workbook has no self-assessment
ui-cli-skipped = skipped, left untouched: { $error }
ui-cli-no-take = No self-assessment taken yet. Start mscwork and press a on the home screen to take it (about 10 minutes).
ui-cli-exported = Exported to { $file }
ui-cli-course-gone = { $file }: the course "{ $course }" is not in this workbook; choose one again in Settings
ui-cli-unsaved = your last words could not be saved to { $file }; they are printed above
ui-cli-terminal-error = terminal error: { $error }
ui-cli-no-terminal = mscwork needs a terminal: its output is not a terminal. For plain text use a subcommand such as `mscwork chapters` or `mscwork export`.
ui-cli-stdout-closed = cannot write to standard output: it is closed; send the output to a file or a pipe
ui-cli-stdout-full = cannot write to standard output: { $error }; free some space or send the output elsewhere
ui-cli-stdout-error = cannot write to standard output: { $error }; send the output elsewhere
ui-cli-no-home = cannot find a home directory for the data; pass --data-dir DIR or set { $env }
ui-cli-out-parent-file = { $path }: is a file, not a folder; give a file name in a folder
ui-cli-out-no-folder = { $path }: no such folder; create it first
ui-cli-out-folder-error = { $path }: cannot use this folder: { $error }
ui-cli-out-check-error = { $path }: cannot check what is there: { $error }
ui-cli-out-odd = { $path }: is { $kind }, not a regular file; give the name of a new or regular file
ui-cli-out-exists = { $path }: a file of that name exists and is left as it is; give a new name, or add --force to replace it
ui-cli-out-is-folder = { $path }: is a folder; give a file name such as { $example }
ui-cli-out-slash-file = { $path }: is a file, not a folder; leave out the trailing / to write to it
ui-cli-out-slash-none = { $path }: no such folder; create it first, then give a file name such as { $example }

# The chapter's contents, a scale and a practice's check-in
ui-contents-here = here
ui-contents-optional = optional
ui-contents-optional-here = optional, here
ui-contents-text = text
ui-contents-practice = practice
ui-contents-reflection = reflection
ui-contents-check-in = check-in
ui-contents-choice = choice
ui-contents-assessment = assessment
ui-scale-keys = ← → or type the number (1 then 0 is 10), Enter to save, Esc to cancel.
ui-rating-keys-before = ← → or type the number (1 then 0 is 10), Enter to save and begin, Esc to begin without a check-in.
ui-rating-keys-after = ← → or type the number (1 then 0 is 10), Enter to save, Esc to skip.
ui-practice-cue-of = { $n } of { $total }

# The export's practice sessions and choices
ui-export-session = { $at } — { $title }: { $minutes } of { $planned } { $planned ->
    [one] minute
   *[other] minutes
}, { $how }
ui-export-session-chapter = { $title } (chapter { $number })
ui-export-session-gone = { $id } (no longer in the workbook)
ui-export-finished = finished
ui-export-check-in = check-in { $before } → { $after }
ui-export-check-in-before = check-in before { $before }
ui-export-check-in-after = check-in after { $after }
ui-export-other = other
ui-export-nothing-picked = nothing picked
ui-contents-optional-count = { $count } optional

# Choosing a workbook
ui-settings-workbook = Workbook
ui-workbook-switched = Now open: { $title }. Each workbook keeps its own progress and answers.
ui-workbook-folder-given = A workbook folder was given with --workbook; start without it to choose a built-in workbook
keys-overlay-other-workbook = on the first welcome: open the other built-in workbook instead
ui-welcome-other-heading = Another workbook
ui-welcome-other-healthcare = mscwork also holds *Selfcare for Healthcare*, written for doctors, nurses, carers, midwives and everyone else who works in care: the same practices, with chapters on empathic distress, mistakes and complaints, moral distress, a patient's death, night shifts and asking for help. Press *o* to open it instead. You can switch at any time in Settings; each workbook keeps its own answers.
ui-welcome-other-msc-at-work = mscwork also holds *Mindful Self-Compassion at Work*, for every kind of work. Press *o* to open it instead. You can switch at any time in Settings; each workbook keeps its own answers.
ui-welcome-other-healthcare-short = Do you work in care? Press *o* for *Selfcare for Healthcare* instead.
ui-welcome-other-msc-at-work-short = Not working in care? Press *o* for *Mindful Self-Compassion at Work* instead.

# History's export (x)
ui-history-exported = Exported to { $file }
ui-history-exported-left-out = Exported to { $file }; left out: { $left }
ui-history-not-exported = Not exported: { $error }

# Saving went wrong, and other notes on the status line
ui-err-progress-damaged = { $error } — progress is not saved this session; the file is left as it is
ui-err-place-not-saved = Your place in the workbook was not saved: { $error }
ui-err-text-kept-retrying = Not saved: { $error }. Your text is kept here and saving is retried every 2 s.
ui-err-text-quit-anyway = Not saved: { $error }. Press Ctrl-C again to quit anyway: your text will then be printed in the terminal for you to copy.
ui-err-answer-quit-anyway = Not saved: { $error }. Press Ctrl-C again to quit anyway: your answer will then be printed in the terminal for you to copy.
ui-err-not-saved = Not saved: { $error }
ui-err-chapter-read-only = { $error } — this chapter is read-only
ui-err-chapter-damaged = { $error } — this chapter is read-only; the file is left as it is
ui-err-favourites = { $error } — favourites last this session only; the file is left as it is
ui-err-session-not-logged = { $error } — this session will not be logged; the file is left as it is
ui-err-practice-not-logged = { $error } — this practice will not be logged; the file is left as it is
ui-err-log-not-written = The practice log was not written: { $error }
ui-err-file-left = { $error } — the file is left as it is
ui-favourite-how = f marks a practice of the list below as a favourite
ui-favourite-off = “{ $title }” is no longer a favourite
ui-favourite-on = ★ “{ $title }” is a favourite now
ui-editor-nothing-there = (nothing written there yet)
keys-history-all-workbooks = the answers of the open workbook, or of every workbook (read only)
keys-history-all-workbooks-hint = all workbooks
ui-history-all-workbooks = All workbooks
ui-history-no-other = No other workbook has answers yet
ui-history-other-write = This answer is in { $title }: open that workbook in Settings to write there
ui-history-unreadable = (could not be read: { $error })
ui-history-step-gone = (a step no longer in the workbook: { $id })
ui-choice-own-word = your own word
ui-export-empty = empty
ui-history-scale = { $value } (from { $min } = { $low } to { $max } = { $high })
ui-editor-placeholder = Write freely. Nobody else reads this. Esc saves and closes.
ui-err-settings-damaged = settings.ron is damaged and left as it is; changes last this session only: { $error }
ui-practice-running-note-informal = Eyes open, at your own pace; stopping is always fine.
ui-export-no-chapter = no chapter "{ $id }" in this workbook; give its number or id: { $known }
ui-export-no-folder = { $path }: no such data folder (nothing has been written yet?)
ui-cli-chapter-done = done
