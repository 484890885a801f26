"""A question as slots: what kind of answer it wants, about whom, where, and which numbers it
supplies. Follow-ups inherit what they leave out from the conversation so far.

No model: the kind comes from the question's opening and its key words ("has … paid",
"how much", "when", "how many", "which regulator", "at €100,000 a day"), the slots from the
lexicon (places, regulators, demonyms), the index's own list of respondents, and the money,
date and number parsers.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from .datafiles import load_toml
from .dates import DateMention, find_dates
from .judge_asked import ASKS_JUDGE
from .lexicon import Lexicon
from .money import MoneyMention, find_money
from .numbers import SMALL_COUNT_WORDS, find_durations, find_numbers
from .parties import national_regulator, respondent_key
from .party_figure import ASKS_PARTY_FIGURE
from .pattern_cache import compiled
from .places import within
from .receiving_body import receives_reports

Kind = str  # status | amount | date | count | entity | calculation | overview | passage

# What regulators and courts call a monetary penalty besides "fine" and "penalty": Sweden's
# and Finland's "sanction fee", Japan's and Korea's "surcharge", France's "astreinte" (a daily
# penalty for not complying), a "levy", the US FCC's "forfeiture", an "administrative penalty",
# a UK "penalty notice". A question using any of them asks about the penalty.
PENALTY_NOUNS = (
    r"(?:fines?|penalt(?:y|ies)(?:\s+notices?)?|sanction(?:\s+fees?)?|surcharges?|astreintes?"
    r"|levy|levies|forfeitures?)"
)

# A penalty running by the day until an order is obeyed, by its name in the country's own
# language, as a question may use it: Norway's "tvangsmulkt", Denmark's "tvangsbøde",
# Sweden's "vite", the Netherlands' "dwangsom", Germany's "Zwangsgeld".
LOCAL_DAILY_PENALTIES = (
    r"(?:tvangsmulkt\w*|tvangsb[øo]de\w*|dwangsom\w*|zwangsgeld\w*|l[öo]pande\s+vite)"
)

# A yes/no typed as a name and an outcome, without its verb: "acme paid?", "the ban appealed
# yet?", "X paid the fine in full?". Not "who paid?", "what was paid?".
_CLIPPED_YES_NO = re.compile(
    r"^\W*(?!(?:who|whom|whose|which|what|when|where|why|how)\b)(?:[\w&.'’-]+\s+){1,6}?"
    r"(?:(?:has|have|had)\s+)?(?:already\s+)?"
    r"(?:paid|appealed|complied|contested|challenged|overturned|annulled|quashed|upheld)"
    r"(?:\s+(?:the|its|their|his|her|that|this)\s+(?:[\w-]+\s+)?(?:fine|penalty|decision|order|sanction|ruling))?"
    r"(?:\s+(?:yet|already|up|in\s+full|off))?\s*\?+\s*$",
    re.I,
)
_YES_NO = re.compile(
    # "Kalahari Home - did they pay?", "Acme Ltd: has it appealed?": the party named first,
    # the yes/no question after a dash or colon
    r"^\W*(?:[^?:;–—]{2,80}?(?:\s[-–—]+|:)\s*)?"
    r"(?:(?:according\s+to|under|in)\s+[^,?]{1,60},\s*)?(?:(?:so|and|but|ok|okay)\W+)?(?:is\s+it\s+true\s+(?:that\s+)?)?"
    r"(?:(?:has|have|had|did|does|do|is|are|was|were|would|could|should)(?:n['’]t)?|will|won['’]t|can(?:['’]t|not)?)\b",
    re.I,
)
_AMOUNT = re.compile(
    r"\bhow\s+(?:much|big|large|high|steep)\b|\bwhat\s+(?:was\s+|is\s+|were\s+)?(?:the\s+)?(?:\w+\s+)?(?:amount|sum|figure|size)\b"
    r"|\b(?:fine|penalty|turnover|revenue|funding|surcharge|astreinte|levy|forfeiture|fee|settlement|compensation|damages)\s+(?:amount|sum|figure)\b|\bwhat(?:['’]?s|\s+(?:was|is|were))?\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,4}(?:fine|penalty|rate|turnover|revenue|sales|income|profits?|funding|sanction|maximum|cap"
    r"|surcharge|astreinte|levy|forfeiture)\b"
    rf"|\bwhat\s+(?:overdue\s+|daily\s+|administrative\s+)?{PENALTY_NOUNS}\b"
    # "how much was the surcharge on X", "how much is the sanction fee"
    rf"|\bhow\s+much\s+(?:was|is|were|are)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?{PENALTY_NOUNS}\b"
    # Administrative / civil monetary penalties by their initials (CRTC, HHS): "what AMP did"
    r"|\bwhat\s+(?:[\w'’-]+\s+){0,2}?(?-i:AMPs?|CMPs?)\b|\bwhat\s+(?:did|had|has|have|would|might)\s+[^?]{0,60}\b(?:fine|impose)\b"
    # "what did the FAA end up fining X" (not "fining X for": a reason)
    r"|\bwhat\s+did\s+[^?]{0,60}\b(?:end\s+up|wind\s+up|finally|ultimately)\s+(?:fining|imposing)\b(?![^?]*\bfor\b)"
    # "what did iskar collect get fined", "what was X penalised" (not "fined for": a reason)
    r"|\bwhat\s+(?:did|was|were|has|had)\s+[^?]{0,60}\b(?:fined|penali[sz]ed|sanctioned)\b(?!\s+for\b)"
    # "what did the CA slap X with", "what was X hit with", "what were they handed": the
    # penalty by the verbs wire copy uses for imposing one (not "… with for": a reason)
    r"|\bwhat\s+(?:did|was|were|has|had|have)\s+[^?]{0,60}\b(?:slap(?:ped)?|hit|hand(?:ed)?|sting|stung"
    r"|land(?:ed)?|saddle[ds]?)\s+(?:[^?]{0,60}\s)?with\b(?![^?]*\bfor\b)"
    # "how much did the SEC slap X with", "how much was X hit with"
    r"|\bhow\s+much\s+[^?]{0,60}\b(?:slap(?:ped)?|hit|stung|landed|saddled)\s+(?:[^?]{0,60}\s)?with\b"
    # "what did the FIU penalise X", "what did the board penalize them" (not "… X for": a reason)
    r"|\bwhat\s+(?:did|does|do|will|would)\s+[^?]{0,60}\bpenali[sz]e\b(?![^?]*\bfor\b)"
    # "What daily charge did the CNIL threaten?", "what per-day sum …"
    r"|\bwhat\s+(?:daily|per[\s-]day|weekly|monthly)\s+(?:charge|sum|amount|payment|rate)\b"
    # "what did Clarimpa agree to pay?", "what does the bank have to pay?"
    r"|\bwhat\s+(?:did|does|do|will|would|must|has|have|had)\s+[^?]{0,60}?\b(?:agree(?:d|s)?\s+to|"
    r"ha(?:ve|s|d)\s+to|need\s+to|(?:was|is|were)\s+ordered\s+to)\s+pay\b",
    re.I,
)
_DATE = re.compile(
    r"^\W*(?:and\s+)?when\b|\b(?:what|which)\s+(?:date|day|year|month)\b|\bin\s+what\s+(?:month|year)\b"
    r"|(?<!\bto\s)\bdate\s+of\b|\bsince\s+when\b"
    # "date barrington bay seafoods was sentenced", "date the fine was paid": a date asked
    # for telegraphically, before a clause saying what happened
    r"|^\W*(?:and\s+)?(?:the\s+)?(?:exact\s+)?date\s+(?:[\w&.'’-]+\s+){1,6}?"
    r"(?:was|were|got|has\s+been|had\s+been)\s+[a-z]+(?:ed|en|id|ht)\b"
    # "What's the date on the penalty notice?"
    r"|\bwhat(?:['’]s|\s+(?:is|was))\s+the\s+date\b"
    # A headline of a question: "date the consent order was signed", "exact date X paid"
    r"|^\W*(?:and\s+)?(?:the\s+)?(?:exact\s+)?date\s+(?:the|that|when|on\s+which|[\w&.'’-]+['’]s?)\b(?!\s+(?:of|for)\b)",
    re.I,
)
_COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.I)
_ENTITY = re.compile(
    r"(?:^|,)\W*(?:(?:and\s+)?who\b|(?:and\s+)?whose\b|which\s+\w+|what\s+(?:\w+\s+)?(?:agency|agencies|regulator|authority|body|company|firm|"
    r"ministry|court|investor|person|organisation|organization)\b"
    # "what zambian operator is appealing …?": a party asked for by what it is
    r"|what\s+(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|the|a|an"
    r"|its|their|this|that)\b)\w+\s+){0,2}?(?:operator|bank|lender|insurer|provider|carrier|airline|retailer"
    r"|supplier|manufacturer|distributor|contractor|laboratory|lab|broker|platform|employer"
    r"|chain)s?\b(?!\s+(?:fine|penalty|sanction|decision|ruling|order)s?\b)"
    r"|name\s+of|what\s+is\s+the\s+name\s+of)",
    re.I,
)
_OVERVIEW = re.compile(
    r"\b(?:list|all\s+(?:the\s+)?(?:fines|penalties|actions|sanctions)|every\s+fine|what\s+fines)\b",
    re.I,
)
# Numbers the user supplies for a calculation: "at €100,000 a day", "a turnover of €1 billion",
# "90 days", "two months from 20 October 2022", "at 1.15 euros to the pound".
_CALCULATION = re.compile(
    r"\b(?:cover|represent|cost|owe[sd]?|accrue[ds]?|add\s+up|total|sum\s+of|maximum\s+(?:gdpr\s+)?fine\s+for|cap\s+for|turnover\s+of"
    r"|how\s+many\s+(?:days|years|months)\s+(?:passed|after|between|does|of\s+delay)|between\s+.+\s+and\s+|deadline"
    r"|percentage|per\s*cent|%|share\s+of|times|in\s+(?:euros|dollars|pounds)\b.*\bat\b|\bat\s+[\d.]+\s+\w+\s+to\s+the"
    r"|\d+\s*%\s+of|would\s+\d+\s+days|after\s+\w+\s+was\s+(?:formed|founded)"
    r"|(?:that|this|it|those)\s+plus|combined|together"
    # "the fine plus the daily charges", "all in, …": one sum and what comes on top of it
    r"|(?:fines?|penalt(?:y|ies)|sanctions?)\s+plus|all\s+in\b)"
    r"|(?<!\w)%\s+of\b",  # "as a % of the maximum": no word boundary before a lone "%"
    re.I,
)

# A sum written as several parties' or penalties' together: "a total of more than 320
# million", "fines totalling €2.1 million", "combined penalties of", "Shs1.2 billion between
# them". One list for the sentence that says so (engine: a combined sum is not each party's),
# for the words just before the amount (`calc_routing._written_as_total`) and, of them, those
# written after what is summed (`_COUNTED_TOTAL`: "the two millers altogether").
TOTAL_AFTER_WORDS = r"(?:altogether|in\s+total|between\s+them)"
TOTAL_WORDS = (
    rf"(?:(?:a|the)\s+total\s+of|totall?ing|combined|together|jointly|{TOTAL_AFTER_WORDS[3:-1]})"
)

# A sum over the parties the question counts: "what did the CAK fine the two millers
# altogether", "how much did both banks pay in total". Not "was the fine dropped altogether".
_COUNTED_TOTAL = re.compile(
    rf"\b(?:both|the\s+(?:{SMALL_COUNT_WORDS}))\s+[^?]*?\b{TOTAL_AFTER_WORDS}\b",
    re.I,
)

# A question whose word asks a time, a body, a reason, a place or a law, not a sum: "when
# were the two operators fined altogether?", "who fined the two banks between them?", "what
# law did the three banks breach between them?" ("altogether" then only restates the count).
_ASKS_OTHER_THAN_A_SUM = re.compile(
    r"^\W*(?:(?:and|so|but|then)\s+)?(?:(?:on|in|at|by|under|from|for)\s+)?"
    r"(?:when|who|whom|whose|why|where"
    r"|(?:what|which)\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:laws?|rules?|provisions?|articles?|sections?"
    r"|acts?|courts?|judges?|regulators?|authorit(?:y|ies)|bod(?:y|ies)|breach(?:es)?"
    r"|offen[cs]es?|violations?|reasons?|grounds?|dates?|days?|years?|months?|countr(?:y|ies)"
    r"|compan(?:y|ies)|firms?|banks?)\b)",
    re.I,
)

# "how many times did X …", "how many times has it been fined": how often, not a multiple.
# "was/is" asks how often only with a participle after one subject ("how many times was Acme
# fined"), not two noun phrases ("how many times was the fine the company's profit").
_HOW_OFTEN = re.compile(
    r"\bhow\s+many\s+times\s+(?:did|has|have|had|does|do\b"
    r"|(?:was|were|is|are)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:the|a|an|its|their)\b)[\w'’.-]+\s+){0,3}"
    r"\w+(?:ed|en)\b)",
    re.I,
)

# One party's part of what several were ordered to pay: "what share of the total did X pay",
# "X's share of the total surcharges, in percent", "what percentage of the combined fines".
SHARE_OF_TOTAL = re.compile(
    r"\b(?:share|percentage|proportion|fraction|per\s*cent|percent)\b[^?]{0,40}?"
    r"\b(?:total|combined|overall|all\s+(?:the\s+)?(?:fines|penalties|surcharges|sanctions))\b",
    re.I,
)

# The days from one event to another, asked in full or as a headline: "how many days passed
# between the decision and the judgment?", "days between the penalty and the board's ruling".
DAYS_BETWEEN = re.compile(
    r"(?:\bhow\s+many\s+days\s+(?:passed\s+|elapsed\s+|went\s+by\s+)?|^\W*(?:the\s+)?"
    r"(?:number\s+of\s+)?days\s+)between\b[^?]+\band\b"
    # "how many days from the X resolution to the Y judgment": from one event to another (not
    # "how many days from the decision did it have to pay", a period the sources state)
    r"|(?:\bhow\s+many\s+days\s+(?:passed\s+|elapsed\s+|went\s+by\s+)?|^\W*(?:the\s+)?"
    # "days from the FSC's penalty to the high court judgment": the same asked as a phrase
    r"(?:number\s+of\s+)?days\s+)from\s+(?:the|its|their)\s"
    r"[^?]+?\bto\s+(?:the|its|their)\s"
    # "how many days after the CBA decision did X go to court?": one event after another (not
    # "how many days after the decision does X have to pay", a period the sources state)
    r"|\bhow\s+many\s+days\s+after\s+(?:the|its|their)\s[^?]+?\s(?:did|was|were)\s"
    # "how many days separated the SEC's order and the CFPB action?"
    r"|\bhow\s+many\s+days\s+(?:separated?|lay\s+between|were\s+there\s+between)\s[^?]+\band\b",
    re.I,
)

# A measure and a court's ruling on it, asked about together: "how many days between the
# CNIL decision and the Conseil d'État judgment".
_DECISION_WORDS = (
    r"(?:decisions?|resolutions?|fines?|penalt(?:y|ies)|sanctions?|orders?|surcharges?|decrees?)"
)
# "the High Court confirming it", "the tribunal upheld it": a court's ruling by what it did.
_RULING_WORDS = (
    r"(?:judgm?ent|ruling|verdict|appeal\s+decision"
    r"|(?:court|tribunal)(?:'s)?\s+(?:\w+\s+){0,2}?"
    r"(?:confirm|uph[eo]ld|dismiss|annul|quash|overturn|set\s+aside|reduc|cut|rul)\w*)"
)
DECISION_AND_RULING = re.compile(
    rf"\b{_DECISION_WORDS}\b[^?]*\b{_RULING_WORDS}\b|\b{_RULING_WORDS}\b[^?]*\b{_DECISION_WORDS}\b",
    re.I,
)

# How far a penalty fell short of a maximum: "how far below the statutory maximum", "how many
# naira short of the theoretical maximum".
BELOW_MAXIMUM = re.compile(
    r"\bhow\s+(?:far|much|many\s+\w+)\s+(?:[\w'’-]+\s+){0,4}?(?:below|short\s+of|less\s+than|beneath)\b"
    r"[^?]*\b(?:maximum|max|cap|ceiling)\b",
    re.I,
)

# How a penalty compares with the figure someone asked for: "how far below what the ACCC
# wanted", "how much less than the regulator sought", "how far short of the prosecutors' ask".
SHORT_OF_SOUGHT = (
    r"\bhow\s+(?:far|much)\s+(?:[\w'’-]+\s+){0,3}?(?:below|under|short\s+of|less\s+than|above|over|more\s+than)\s+"
    r"(?:what\s+)?[^?]{0,40}?\b(?:wanted|sought|asked\s+for|requested|pushed\s+for|pressed\s+for|proposed|ask)\b"
)

# A fine paid with a discount (for paying early, for admitting the breach).
# What settling early was worth: "how much did settling save them?"
SAVED_WORDS = r"\bhow\s+much\b[^?]*\bsav(?:e|ed|es|ing)\b"

# What must be put up to appeal or to keep a stay: "how much does it have to deposit",
# "put up", "pay upfront" — a share of the penalty, which the sources state as a percentage.
DEPOSIT_WORDS = r"\b(?:deposit(?:ed|s|ing)?|pre-?deposit|put\s+up|up\s*front|upfront|(?:post|lodge)\s+a\s+bond)\b"
DISCOUNT_WORDS = (
    # "after the early payment discount", "if it takes the early-payment discount", "with the
    # 20% reduction for paying early", "benefiting from the reduction"
    r"\b(?:after|with|takes?|taking|took|gets?|getting|claims?|claiming|applying|using"
    r"|benefit(?:s|ing|ed)?\s+from)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w%-]+\s+){0,3}?(?:discount|reduction)\b|\bdiscounted\b"
)
# The fine a discount was taken off: "what would X have been fined without the leniency
# reduction?", "the fine before the settlement discount", "but for its cooperation discount".
BEFORE_DISCOUNT_WORDS = (
    r"\b(?:without|before|but\s+for|absent|if\s+not\s+for)\s+(?:the\s+|a\s+|its\s+|their\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:discount|reduction|leniency)\b"
)

# An exchange rate the question gives as one unit's worth: "taking one euro as $1.10",
# "with 1 EUR = 1.08 USD", "if a pound is worth 1.17 euros".
ONE_UNIT_IS = re.compile(
    r"\b(?:one|1|a|an)\s+([a-z]+)\s*(?:=|as|is|equals|equal\s+to|at|to\s+be|(?:is\s+)?worth)\s*",
    re.I,
)

# Time still to run before a deadline: "how many days are left", "remain", "to go".
DAYS_LEFT_WORDS = r"\b(?:left|remain\w*|to\s+go|(?:before|until)\s+(?:the|its|their)\s+deadline)\b"

# Money coming back after a court cut a fine already paid: "get back", "be refunded".
# What is left of a fine after a part payment: "how much does it still owe", "how much is
# outstanding", "what is left to pay", "the remaining balance of the fine".
STILL_OWED_WORDS = (
    # "how much of the reduced penalty is still to be paid", "… still outstanding"
    r"\bstill\s+(?:owe[sd]?|owing|ha(?:s|ve)\s+to\s+pay|to\s+(?:be\s+)?pa(?:y|id)|due|unpaid"
    r"|outstanding|left\s+to\s+(?:be\s+)?pa(?:y|id))\b"
    r"|\bhow\s+much\b[^?]*\b(?:outstanding|left\s+to\s+pay|yet\s+to\s+pay|remains?\s+(?:unpaid|to\s+be\s+paid|due))\b"
    r"|\b(?:remaining|outstanding)\s+(?:balance|amount|sum)\b"
)
# What a party must pay of a fine that is partly suspended: "leaving out the suspended part",
# "excluding the suspended portion", "the unsuspended part", "the part not suspended".
SUSPENDED_LEFT_OUT = (
    r"\b(?:leaving\s+out|leave\s+out|left\s+out|excluding|exclude|minus|less|not\s+counting"
    r"|without|apart\s+from|except|net\s+of|other\s+than|ignoring|discounting)\s+"
    r"(?:the\s+|its\s+|their\s+|any\s+|what\s+(?:was|is)\s+)?(?:[\w-]+\s+){0,2}?suspended\b"
    r"|\b(?:un|non-?)suspended\b|\b(?:part|portion|amount|sum|bit)\s+(?:that\s+(?:is|was)\s+)?not\s+suspended\b"
)
REFUND_WORDS = (
    r"\b(?:get|gets|getting|got)\s+back\b|\brefund\w*|\brepaid\b|\breimburs\w*|\bpaid\s+back\b"
)

# What a penalty that runs by the day comes to: "how much will the conditional fine have run
# up to", "how much would the daily penalties have accrued".
_RUNS_UP_TO = re.compile(
    r"\bhow\s+much\b[^?]*\b(?:will|would)\b[^?]*\bhave\s+(?:run\s+up|racked\s+up|built\s+up|accrued"
    r"|amounted\s+to|come\s+to|added\s+up|reached|totall?ed)\b"
    # "how much had the daily fine racked up by the end of October": what it ran to by a date
    r"|\b(?:daily|per\s+day|a\s+day|conditional|periodic|running)\b[^?]*\b(?:run\s+up\s+to|accrue\w*"
    r"|amount\s+to|(?:run|racked|built|mounted|clocked)\s+up\b[^?]*\bby)\b",
    re.I,
)

# Words asking for a deadline: "by what date", "until when", "the last day to appeal", "when
# must it finish".
WHEN_DUE_WORDS = (
    r"when\s+must|when\s+(?:does|do)\s+(?:[\w&.'’-]+\s+){1,5}?(?:have|has|need|needs)\s+to"
)
DEADLINE_WORDS = (
    rf"by\s+(?:what|which)\s+(?:date|day)|by\s+when|until\s+when|deadline|last\s+day"
    rf"|{WHEN_DUE_WORDS}"
)
# What a regulator's information notice asks a company to hand over.
_THINGS_ASKED_FOR = (
    r"(?:documents?|information|data|records|files|evidence|details|papers|materials|emails|logs)\b"
)
STATUS_WORDS = {
    # "handed over the money", "coughed up", "paid up", "stumped up the cash"
    "paid": r"\b(?:paid|pay|pays|paying|settled|settle)\b|\b(?:hand(?:ed|s)?|turn(?:ed|s)?|fork(?:ed|s)?)\s+over\b"
    # "handed over the documents" is doing as told, not paying.
    rf"(?!\s+(?:the\s+|its\s+|all\s+)?(?:\w+\s+)?{_THINGS_ASKED_FOR})"
    r"|\b(?:cough(?:ed|s)?|stump(?:ed|s)?)\s+up\b|\btransferr?(?:ed|s)?\s+the\s+(?:money|funds|sum)\b"
    # asked from the regulator's side: "did the inspectorate get its money from the mill?",
    # "has the agency collected the fine?" (not "get their money back": a refund)
    r"|\b(?:get|gets|got|gotten|receiv(?:e|ed|es)|collect(?:ed|s)?|recover(?:ed|s)?)\s+"
    # (not "get its fine reduced", "got its fine cut": what a court did to it)
    r"(?:its|the|their|any|his|her)\s+(?:money|cash|payment|funds|fine|penalty)"
    r"(?=\s*$|\s*[?.,!]|\s+(?:from|yet|already|in\s+full|so\s+far)\b)",
    "complied": r"\b(?:compl(?:y|ied|ies|iance)|proof\s+of\s+compliance)\b"
    # "Has Meta stopped behavioural advertising as Datatilsynet ordered?"
    r"|\b(?:stop(?:ped|s)?|ceased?|halt(?:ed|s)?|end(?:ed|s)?|delet(?:ed|es)|notif(?:y|ied|ies)|inform(?:ed|s)?|implement(?:ed|s)?)\b"
    r"[^?]{0,80}\b(?:as|like)\s+(?:\w+\s+){0,3}(?:ordered|required|instructed|told|recommended)\b"
    r"|\bcompl(?:y|ied)\s+with\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:\w+\s+)?(?:recommendation|order|decision|notice)\b"
    # "Has it done what the regulator ordered?", "did it do everything the notice required?"
    r"|\b(?:done|did|do|does)\s+(?:what|everything|all)\b[^?]{0,60}\b(?:ordered|required|told|instructed|directed|demanded)\b"
    # "Did it go along with the ban?", "has it obeyed the order?", "abide by the decision"
    r"|\b(?:go(?:es|ne|ing)?|went)\s+along\s+with\b|\b(?:obey(?:ed|s)?|abided?\s+by|abides\s+by"
    r"|respect(?:ed|s)?|follow(?:ed|s)?)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:order|ban|decision|notice|injunction)\b"
    # "Has it handed over the documents the regulator asked for?"
    r"|\b(?:hand(?:ed|s)?\s+over|provid(?:e|ed|es)|produc(?:e|ed|es)|suppl(?:y|ied|ies)|submit(?:ted|s)?"
    rf"|turn(?:ed|s)?\s+over)\s+(?:the\s+|its\s+|all\s+)?(?:\w+\s+)?{_THINGS_ASKED_FOR}",
    # Whether an appeal won anything: "did it get anything out of its appeal?", "did it win
    # its appeal?" — Yes if the court overturned or cut the measure, No if it upheld it.
    "appeal_won": r"\b(?:get|got|gotten|gain(?:ed)?|win|won)\s+anything\s+(?:out\s+of|from)\b"
    r"|\b(?:win|wins|won|winning)\s+(?:its|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:appeal|challenge)\b"
    r"|\b(?:appeal|challenge)\s+(?:succeed(?:ed|s)?|work(?:ed)?|pa(?:y|id)\s+off|(?:was\s+|were\s+)?successful)\b"
    r"|\bsucceed(?:ed|s)?\s+(?:in|with)\s+(?:its|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:appeal|challenge)\b",
    # "did the court keep the closure?", "let the fine stand", "leave the ban in place"
    "upheld": r"\buph[eo]ld\w*|\bconfirm(?:ed|s)?\s+the\s+(?:fine|decision|penalty)\b"
    # "did the fine survive the court challenge?", "did it hold up on appeal?", "did the
    # penalty stand up in court?": whether a court let it stand
    r"|\b(?:surviv(?:e|ed|es|ing)|(?:stand|stood|hold|held)\s+up)\b[^?]*\b(?:court|tribunal|judges?"
    r"|appeal|challenge|review)\b"
    # "did the fine survive in the Audiencia Nacional?": a court named, not called one
    r"|\b(?:surviv(?:e|ed|es|ing)|(?:stand|stood|hold|held)\s+up)\s+(?:in|at|before)\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:court|tribunal|judges?|appeal)\b[^?]*\b(?:keep|kept|keeps|maintain(?:ed|s)?|let\s+(?:[\w'’-]+\s+){1,4}?stand"
    r"|leave\s+(?:[\w'’-]+\s+){1,4}?in\s+place|left\s+(?:[\w'’-]+\s+){1,4}?in\s+place)\b",
    "overturned": r"\b(?:overturn\w*|annul\w*|quash\w*|set\s+aside|struck\s+down|scrap\w*|threw\s+out|thrown\s+out|throw\s+out|cancel\w*)\b",
    "reduced": r"\b(?:reduc\w*|cut|lower(?:ed)?)\b",
    # "fight the fine", "go to court over it". Not "take the case to the Supreme Court": that
    # names a further appeal, which the first appeal's record does not answer.
    "appealed": r"\b(?:appeal(?:ed|s|ing)?|challeng(?:e|ed|ing)|contest(?:ed|ing)?|fight(?:s|ing)?|fought)\b"
    r"|\b(?:go(?:es|ing|ne)?|went)\s+to\s+court\b"
    # "which operator took the NCC to court over its penalty?"
    r"|\b(?:take|takes|took|taken|taking)\s+(?:[\w'’-]+\s+){1,3}?to\s+court\b",
    "cooperating": r"\bcooperat\w*\b",
    # "Is the fine still in force?", "does the penalty still stand?", "is it still valid?":
    # answered by what a court did with it (annulled: No; upheld: Yes).
    "in_force": r"\bstill\s+(?:in\s+(?:force|effect|place)|stands?|standing|valid|applies|apply|binding)\b"
    r"|\b(?:remains?|stays?|is)\s+(?:still\s+)?(?:in\s+force|in\s+effect|valid|binding)\b"
    # "Does X still have to pay the fine?": whether the fine stands (annulled: No), not
    # whether it was paid
    r"|\b(?:does|do)\s+(?:[\w'’&.-]+\s+){1,6}?(?:still\s+)?(?:have|need)\s+to\s+pay\b",
    # "Has Andes Retail accepted the fine?": answered No by an appeal against it.
    "accepted": r"\baccept(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?"
    r"(?:fine|penalty|decision|sanction|ruling|order)\b",
}


_ASKING_VERBS = frozenset(
    {"fight", "fights", "fighting", "fought", "go", "goes", "going", "court"}
    # "did the fine survive in the Audiencia Nacional?", "did it hold up on appeal?"
    | {"survive", "survived", "survives", "surviving", "stand", "stood", "hold", "held"}
)


def status_phrase_words(query: Query) -> set[str]:
    """The verbs that ask about an appeal in everyday words ("going to fight", "go to court"):
    how the outcome is asked, not a topic the sources must mention. Only these: a status
    phrase can span a whole clause ("stopped selling photos to Zorblax as ordered")."""
    if query.status == "in_force":  # "still in force": how it is asked, every word of it
        return {
            w.casefold()
            for m in re.finditer(STATUS_WORDS["in_force"], query.text, re.I)
            for w in re.findall(r"\w+", m.group())
        }
    if query.status not in ("appealed", "upheld"):
        return set()
    return {
        w.casefold()
        for m in re.finditer(STATUS_WORDS[query.status], query.text, re.I)
        for w in re.findall(r"\w+", m.group())
        if w.casefold() in _ASKING_VERBS
    }


_ACTION_WORDS = {
    "ruling": r"\bcourt\b|\btribunal\b|\bjudges?\b|\brul(?:e|es|ed|ing)\b",
    "penalty_payment": r"\b(?:overdue|periodic|daily)[\s-]+penalt|\bpenalty[\s-]+payment|\bper\s+day\b|\ba\s+day\b|\bdaily\b"
    rf"|\bastreintes?\b|\b{LOCAL_DAILY_PENALTIES}\b",
    "order": r"\border(?:ed|s)?\b|\binjunction|\bformal\s+notice\b",
    "ban": r"\bban(?:ned|s)?\b|\b(?:de)?barred\b|\bdisqualif\w+|\bprohibit(?:ed|ion)\b|\bstruck\s+off\b",
    "settlement": r"\bsettle(?:d|ment)\b",
    "fine": r"\bfin(?:e|es|ed)\b|\bpenalt(?:y|ies)\b|\bsanction|\b(?-i:AMPs?|CMPs?)\b"
    r"|\bsurcharge|\blev(?:y|ies|ied)\b|\bforfeitures?\b",
}


@cache
def _currency_phrase() -> re.Pattern[str]:
    """ "in US dollars", "in USD", "in sterling", "in soles", "in pesos": a currency asked for,
    by any name or code currencies.toml gives it. A name that is also a word ("real", "won")
    only when it ends the clause: "in real terms" asks for none."""
    data = load_toml("currencies.toml")
    wordlike = {word.casefold() for word in data.get("wordlike", [])}
    names = {n for c in data["currency"] for n in c["names"]}

    def spelled(names: set[str]) -> str:
        ordered = sorted(names, key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in name.split()) for name in ordered)

    codes = spelled({c["code"] for c in data["currency"]})
    plain = spelled({n for n in names if n.casefold() not in wordlike})
    words = spelled({n for n in names if n.casefold() in wordlike})
    return re.compile(
        rf"\bin\s+(?:american\s+)?(?:(?P<code>{codes})\b|(?P<name>{plain})\b"
        rf"|(?P<word>{words})(?=\s*(?:[?.!,;]|$)))",
        re.I,
    )


# A month as users type it, in lower case ("by end of october", "on 3 march"): news
# capitalises months, so `find_dates` takes a lower-case "may" or "march" for the verb. In a
# question a month name after a word that introduces a time, or next to a day number, is one.
_TYPED_MONTH = re.compile(
    r"(?P<before>\b(?:of|by|in|on|until|till|since|from|before|after|through|to)\s+|\d(?:st|nd|rd|th)?\s+)"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"
    r"|\b(?P<alone>january|february|april|june|july|august|september|october|november|december)"
    r"(?=\s+\d)|\b(?P<verb>march|may)(?=\s+\d{4}\b)"
)
# "by end of october", "at the close of March": a month with no day or year, which `find_dates`
# reads only after "in", "by", "since" and the like.
# The words before a month that mean its last day (also read by running_days).
# "by the end of August", and "still in default through all of January": to its last day
MONTH_END_WORDS = (
    r"\b(?:(?:end|close|last\s+day)\s+of\s+|(?:through(?:out)?|thru)\s+(?:all\s+of\s+)?"
    r"|all\s+of\s+)(?:the\s+month\s+of\s+)?"
)
# "the end of" just before a month: up to that month's last day (running_days reads it too).
MONTH_END_BEFORE = re.compile(MONTH_END_WORDS + "$", re.I)
_MONTH_END = re.compile(
    MONTH_END_WORDS + r"(?P<month>January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+\d)"
)


def _capitalised_month(match: re.Match[str]) -> str:
    alone = match.group("alone") or match.group("verb")
    if alone:
        return alone.capitalize()
    return match.group("before") + match.group("month").capitalize()


def question_dates(text: str) -> list[DateMention]:
    """The dates a question states, months typed in lower case included."""
    typed = _TYPED_MONTH.sub(_capitalised_month, text)
    found = find_dates(typed, None)
    for match in _MONTH_END.finditer(typed):
        start, end = match.span("month")
        if not any(d.start <= start < d.end for d in found):
            month = list(calendar.month_name).index(match.group("month"))
            found.append(DateMention(None, None, month, None, start, end, text[start:end], True))
    return sorted(found, key=lambda d: d.start)


_PRONOUN_ONLY = re.compile(r"\b(?:it|that|this|they|them|he|she|one|ones)\b", re.I)


@dataclass(frozen=True)
class Query:
    text: str
    kind: Kind
    respondents: tuple[str, ...] = ()  # respondent keys named ("clearview")
    places: frozenset[str] = frozenset()  # jurisdiction codes named or implied by a regulator
    authorities: tuple[str, ...] = ()  # authority ids named
    action: str | None = None  # fine | penalty_payment | order | ban | settlement
    status: str | None = None  # paid | complied | appealed | cooperating (what a yes/no asks)
    currency: str | None = None  # "in pounds"
    money: tuple[MoneyMention, ...] = ()  # amounts the question states
    durations: tuple[tuple[int, str], ...] = ()  # (2, "month") for "two months"
    dates: tuple[date, ...] = ()  # full dates the question states
    numbers: tuple[float, ...] = ()
    year: int | None = None  # "in 2024", "in October 2022"
    month: int | None = None
    inherited: bool = False
    context: str = ""  # the earlier question a follow-up leans on, for searching
    words: tuple[str, ...] = field(default=(), compare=False)


_CURRENCY_NOUN = re.compile(
    r"\s+(?:dollars?|pounds?|euros?|francs?|crowns?|kronor|kroner|krona|krone|yen|won|yuan|"
    r"rupees?|reais|real|zlot(?:y|ys|ych)|forints?|lei|leva|rand)\b",
    re.I,
)


# What stands before a regulator that is itself the party sanctioned: "imposed on the",
# "the penalty the NDPC levied on", "the ODPC fined the".
_SANCTIONED_BEFORE = re.compile(
    r"(?:\b(?:impos\w*|levi\w*|fines?|penalt(?:y|ies)|sanctions?)\s+(?:on|upon)"
    r"|\b(?:fined|penali[sz]ed|sanctioned|censured))\s+(?:the\s+)?$",
    re.I,
)


def sanctioned_party(text: str, start: int) -> bool:
    """Whether the regulator named at START is the party sanctioned, not the one acting."""
    return bool(_SANCTIONED_BEFORE.search(text, max(0, start - 60), start))


# After a body's name, the rate it publishes: "at the NBS middle rate", "the ECB's reference
# rate", "at the central bank's official exchange rate".
_RATE_OF = re.compile(
    r"(?:['’]s)?\s+(?:(?:official|middle|mid|mid-market|reference|exchange|average|daily)\s+)*"
    r"(?:exchange\s+)?rate\b",
    re.I,
)


def parse(
    text: str, lexicon: Lexicon, known_respondents: set[str], history: list[Query] | None = None
) -> Query:
    mentions = lexicon.mentions(text)
    # "in US dollars", "in Swedish crowns": a currency, not a place.
    places = {
        m.key
        for m in mentions
        if m.kind == "jurisdiction" and not _CURRENCY_NOUN.match(text, m.end)
    }
    words = tuple(re.findall(r"[\w&'’-]+", text.casefold()))
    respondents = tuple(
        dict.fromkeys(key for w in words if (key := _known_key(w, known_respondents)) is not None)
    )
    authorities = tuple(
        dict.fromkeys(
            key
            for m in mentions
            if m.kind == "authority"
            # "at the NBS middle rate": the bank whose rate converts, not who fined
            and not _RATE_OF.match(text, m.end)
            # "what fine did the NDPC impose on the Central Bank of Nigeria?": the party fined
            and not sanctioned_party(text, m.start)
            # "how many transactions did X fail to report to the FIU": where X's reports go,
            # not who acted against X
            and not (respondents and receives_reports(text, m.start))
            and (key := _regulator_of_place(m.key, m.start, mentions, text, lexicon))
        )
    )
    places |= {lexicon.authorities[a].jurisdiction for a in authorities}
    money = tuple(m for m in find_money(typed_money(text)) if m.money is not None)
    durations = tuple(
        (int(d.value), d.unit)
        for d in find_durations(text)
        if d.unit in {"day", "month", "year", "week"}
    )
    dated = question_dates(text)
    query = Query(
        text=text,
        kind=_kind(text),
        respondents=respondents,
        places=frozenset(places),
        authorities=authorities,
        action=_action(text),
        # "still in force", "still have to pay": whether it stands, whatever else it uses
        status="in_force"
        if _asks_status(STATUS_WORDS["in_force"], text)
        else next((s for s, p in STATUS_WORDS.items() if _asks_status(p, text)), None),
        currency=_asked_currency(text, places, lexicon),
        money=money,
        durations=durations,
        dates=tuple(d.date for d in dated if d.date),
        numbers=tuple(float(n.value) for n in find_numbers(text)),
        year=next((d.year for d in dated if d.year), None),
        month=next((d.month for d in dated if d.month), None),
        words=words,
    )
    if query.kind == "passage" and respondents and _headline_penalty(text, respondents):
        query = replace(query, kind="amount")
    return _inherit(query, history[-1]) if history else query


# "ICO fine merriton pharmacy", "cnmc penalty telvia": a headline of names around a penalty
# word, the party named straight after it with no preposition.
_PENALTY_THEN_NAME = re.compile(
    r"^\W*(?:[\w&.'’-]+\s+){0,4}?(?:fine|penalty|sanction(?:\s+fee)?|surcharge|astreinte|levy|forfeiture|settlement)\s+"
    r"(?P<name>[\w&.'’-]+)(?:\s+[\w&.'’-]+){0,3}\W*$",
    re.I,
)


# A currency's letters typed in lower case against the figure: "fined rm1m", "us$2m", "eur5m".
_LOWER_CURRENCY = re.compile(r"(?<![\w$])([a-z]{1,3}\$?)(?=\d)")


def typed_money(text: str) -> str:
    """The question with currency letters typed in lower case against a figure in capitals,
    as sources write them ("rm1m" is RM1m); the same length, so positions carry over."""
    return _LOWER_CURRENCY.sub(lambda m: m.group(1).upper(), text)


def _known_key(word: str, known_respondents: set[str]) -> str | None:
    """The respondent a question's word names, also when a possessive is typed without its
    apostrophe: "by what % did the court cut moravostavs fine" is Moravostav's."""
    key = respondent_key(word)
    if key in known_respondents:
        return key
    if key.endswith("s") and key[:-1] in known_respondents:
        return key[:-1]
    return None


def _headline_penalty(text: str, respondents: tuple[str, ...]) -> bool:
    """A question that is only names and a penalty word asks for the penalty, as the noun
    phrases _NAMED_PENALTY reads do, when the word after the penalty opens a party's name."""
    match = _PENALTY_THEN_NAME.match(text)
    return bool(
        match
        and not _QUESTION_WORD.match(text)
        and respondent_key(match.group("name")) in respondents
    )


def _regulator_of_place(key: str, start: int, mentions: list, text: str, lexicon: Lexicon):
    """ "Bulgaria's data protection commission" is Bulgaria's regulator of that kind, not the
    one another country calls by that name (Ireland's DPC); None when the place has several."""
    authority = lexicon.authorities[key]
    place = next(
        (
            m
            for m in mentions
            if m.kind == "jurisdiction"
            and m.end <= start
            and re.fullmatch(r"(?:['’]s)?\s*", text[m.end : start])
        ),
        None,
    )
    if place is None or within(authority.jurisdiction, {place.key}):
        return key
    return national_regulator(lexicon, place.key, authority.kind)


def _asks_status(pattern: str, text: str) -> bool:
    """A status word used as a word, not inside a name: "Did Bayanihan Pay go along with the
    ban?" asks about complying, not paying."""
    return any(
        (m.start() == 0 or not text[m.start()].isupper() or text[m.start() :].isupper())
        and not _WHILE_PENDING.search(text, 0, m.start())
        for m in re.finditer(pattern, text, re.I)
    )


# "Was the ban stayed pending the appeal?", "paid pending its appeal": while an appeal runs,
# a time the question names, not the step it asks about.
_WHILE_PENDING = re.compile(
    r"\b(?:pending|awaiting|during|throughout)\s+(?:the\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:outcome\s+of\s+(?:the\s+|an\s+|its\s+|their\s+)?)?$",
    re.I,
)


def currency_code(word: str, local: str | None = None) -> str | None:
    """ISO code for a currency named in a question ("zloty", "euros", "pound"); `local`
    settles a name several share ("pesos": COP when the question is about Colombia)."""
    found = [m.money.currency for m in find_money(f"1 {word}", local) if m.money]
    return found[0] if found else None


# A deadline named as what a penalty is for, not as the date asked: "for missing the 31 October
# deadline", "for failing to meet the deadline of 1 May".
_FOR_A_MISSED_DEADLINE = re.compile(
    r"\bfor\s+(?:missing|failing\s+to\s+meet|not\s+meeting|breaching|blowing)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,4}?deadline\b",
    re.I,
)


# A deadline asked without "what is": a noun phrase ("deadline for X to finish restoring the
# streams?", "last day to appeal?") or "when must / when does X have to …".
_ASKS_DEADLINE_PLAINLY = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:the\s+|its\s+|their\s+)?(?:deadline|last\s+day)\s+(?:for|to|by)\b"
    rf"|^\W*(?:(?:and|so)\s+)?(?:{WHEN_DUE_WORDS})\b",
    re.I,
)


# "how many months of instalments to clear the fine?": the fine over the instalment.
ASKS_INSTALMENTS = re.compile(
    r"\bhow\s+many\s+(?:months|weeks|(?:monthly\s+|weekly\s+)?(?:instal?lments|payments))\b"
    r"(?=.*\binstal?lments?\b|.*\b(?:clear|pay\s+off|settle)\b)",
    re.I,
)


# A state of things the user supposes: "if X stays in breach 30 days, …", "suppose it is 12
# days late, …", "assuming it complies 20 days after the deadline, …".
SUPPOSED = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:if|suppose|supposing|assuming|say)\b", re.I)


def _kind(text: str) -> Kind:
    if ASKS_INSTALMENTS.search(text):
        return "calculation"
    if (
        SUPPOSED.search(text)
        and any(d.unit in {"day", "week"} for d in find_durations(text))
        and re.search(r"\bhow\s+much\b|\bwhat\b", text, re.I)
    ):
        return "calculation"  # "if X stays in breach 30 days how much does it forfeit?"
    if re.search(
        r"\bhow\s+much\s+(?:bigger|larger|more|higher|smaller|less|lower)\b|\bby\s+how\s+much\b|\bknock(?:ed)?\s+off\b"
        r"|\bby\s+what\s+(?:percentage\b|per\s*cent\b|%)"
        # "how far below what the ACCC wanted was it?": the penalty against the figure sought
        rf"|{SHORT_OF_SOUGHT}"
        # "how much did settling save them?": the penalty against the one before a discount
        rf"|{SAVED_WORDS}",
        text,
        re.I,
    ) or (re.search(REFUND_WORDS, text, re.I) and not _YES_NO.search(text)):
        return "calculation"
    if re.search(SUSPENDED_LEFT_OUT, text, re.I) and not _YES_NO.search(text):
        return "calculation"  # "how much must it pay, leaving out the suspended part?"
    if re.search(STILL_OWED_WORDS, text, re.I) and not _YES_NO.search(text):
        return "calculation"  # "how much does it still owe?": the fine less what was paid
    if _AMOUNT.search(text) and _FOR_A_MISSED_DEADLINE.search(text):
        return "amount"  # "what daily penalty is it charging for missing the 31 Oct deadline?"
    if (find_durations(text) or re.search(r"\b(?:last\s+day|deadline)\b", text, re.I)) and any(
        d.date for d in question_dates(text)
    ):
        return "calculation"  # "two months from 11 March 2021", "… on 29 August: last day?"
    if DAYS_BETWEEN.search(text):
        return "calculation"  # "how many days between the decision and the judgment?"
    if re.search(r"\bhow\s+many\s+days\b", text, re.I) and (
        find_money(text) or re.search(r"\bdaily\b|\bper\s+day\b|\ba\s+day\b", text, re.I)
    ):
        return "calculation"  # "how many days of the daily fine would equal NOK 4 million?"
    if re.search(r"\bhow\s+many\s+(?:days|weeks|months)\b", text, re.I) and re.search(
        r"\b(?:cap|maximum|max|ceiling|limit)\b", text, re.I
    ):
        return "calculation"  # "how many days before the daily fine hits its cap?"
    money = find_money(text)
    asks_yes_no = bool(_YES_NO.search(text))
    if (
        not asks_yes_no
        and any(
            m.start == rate.end() and currency_code(rate.group(1)) is not None
            for rate in ONE_UNIT_IS.finditer(text)
            for m in money
        )
        and (len(money) >= 2 or re.search(r"\b(?:in|into)\s+(?:[a-z]+\s+)?[a-z]+\W*$", text, re.I))
    ):
        return "calculation"  # "taking one euro as $1.10, what is the €5.2m penalty in dollars?"
    if BELOW_MAXIMUM.search(text):
        return "calculation"  # "how far below the statutory maximum was the fine?"
    if (
        re.search(DEPOSIT_WORDS, text, re.I)
        and re.search(r"\bhow\s+much\b", text, re.I)
        and not asks_yes_no
    ):
        return "calculation"  # "how much must it deposit to keep the stay?": a stated share
    if re.search(BEFORE_DISCOUNT_WORDS, text, re.I) and not asks_yes_no:
        return "calculation"  # "what would it have been fined without the leniency cut?"
    if re.search(DISCOUNT_WORDS, text, re.I) and not asks_yes_no:
        return "calculation"  # "how much did it hand over after the early-payment discount?"
    if re.search(r"\bhow\s+many\s+days\b", text, re.I) and re.search(DAYS_LEFT_WORDS, text, re.I):
        return "calculation"  # "how many days does the VDAI have left to appeal?"
    if _RUNS_UP_TO.search(text) and any(
        d.day or MONTH_END_BEFORE.search(text[: d.start]) for d in question_dates(text) if d.month
    ):
        return "calculation"  # "how much will the daily fine have run up to by 31 August?"
    if re.search(
        r"\bby\s+(?:what|which)\s+(?:date|day)\b|\bby\s+when\b|\buntil\s+when\b"
        r"|\bwhat\s+(?:is|was)\s+(?:[\w'’-]+\s+){0,3}?deadline\b",
        text,
        re.I,
    ):
        return "calculation"  # a deadline: a date the sources give, or one counted from a period
    if _ASKS_DEADLINE_PLAINLY.search(text):
        return "calculation"  # "deadline for X to finish …?", "when must X finish …?"
    if re.search(r"\bturnover\b", text, re.I) and re.search(
        r"\b(?:maximum|max|highest|cap|most)\b[^?]{0,60}?\b(?:fines?|penalt(?:y|ies)|imposed|fined)\b"
        r"|\b(?:fines?|penalt(?:y|ies))\s+cap\b|\bgdpr\s+(?:maximum|max|cap)\b|\b(?:maximum|cap)\s+for\b",
        text,
        re.I,
    ):
        return "calculation"  # "the maximum fine … given its 2023 turnover": the GDPR cap
    if _YES_NO.search(text) or re.search(r"\b(?:or\s+not|yes\s+or\s+no)\b", text, re.I):
        return "status"
    if _CLIPPED_YES_NO.match(text):
        return "status"  # "pwani connect paid?", "fine appealed yet?": a yes/no typed short
    if _HOW_OFTEN.search(text) and not re.search(
        r"\bthan\b|\bas\s+(?:much|large|big|high|many)\b", text, re.I
    ):
        return "count"  # "how many times did they raise prices together": occasions counted
    if _COUNTED_TOTAL.search(text) and not _ASKS_OTHER_THAN_A_SUM.match(text):
        return "calculation"  # "what did the CAK fine the two millers altogether"
    if _CALCULATION.search(text) and (
        find_money(text)
        or find_durations(text)
        # "sum of the SC fines on the three companies": a sum asked for by that word
        or re.search(
            r"\d|percent|%|total|add up|share|plus|combined|together|\bsum\s+of\b", text, re.I
        )
    ):
        return "calculation"
    if ASKS_PARTY_FIGURE.search(text):
        return "amount"  # "what does the operator say the figure is?": its own account of it
    if _OVERVIEW.search(text):
        return "overview"
    if _ASKS_GROUNDS.match(text):
        return "passage"  # "on what ground was X's fine thrown out?": reasons, not the fine
    if ASKS_JUDGE.search(text):
        return "entity"  # "what judge set aside the konkan fine?": a person, not the amount
    if _COUNT.search(text) or ASKS_HOW_LONG.search(text):
        return "count"  # "how long is the ban?": its length, a number of days or months
    if _DATE.search(text):
        return "date"
    if _AMOUNT.search(text):
        return "amount"
    if _ENTITY.search(text) or re.match(
        r"^\W*(?:(?:and|so|but|then)\s+)?where\s+(?:can|could|did|does|will|may|is|was|has|have|had)\b",
        text,
        re.I,
    ):
        return "entity"
    if re.search(
        rf"\b(?:fined?|{PENALTY_NOUNS}|settlement|damages)\b", text, re.I
    ) and _currency_phrase().search(text):
        return "amount"  # "Klarna fine in euros?", "What was Klarna fined in kronor?"
    if _NAMED_PENALTY.match(text):
        return "amount"  # "latvia dvi fine on daugavas kredits?", "Onda's fine after the ruling?"
    return "passage"


# "how long", "for how long", but not "how long ago", "how long after the decision", "how
# long did it take": those ask for a date or for days between two events.
ASKS_HOW_LONG = compiled(
    r"\bhow\s+long\b(?!\s+ago\b)(?!\s+(?:after|before|between|since|until|till|from|did\s+it"
    r"\s+take|does\s+it\s+take|will\s+it\s+take|has\s+it\s+taken)\b)",
    re.I,
)

# Reasons asked for: "on what ground(s) was …", "on what basis did …", "for what reason …".
_ASKS_GROUNDS = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:on\s+(?:what|which)\s+(?:grounds?|basis)|for\s+what\s+reasons?)\b",
    re.I,
)


# A question that is only a noun phrase naming a penalty: no question word, no verb before it.
# Its opening is no question word, verb or topic ("reasons for the fine", "appeal against …").
_QUESTION_WORD = re.compile(
    r"^\W*(?:why|how|who|whom|whose|what|when|where|which|did|does|do|is|are|was|were|has|have"
    r"|had|can|could|will|would|should|tell|explain|describe|and|so|plus|but|then|reason|reasons"
    r"|grounds|basis|appeal|payment|details|please|about|background|context|history)\b",
    re.I,
)
_NAMED_PENALTY = re.compile(
    rf"(?!{_QUESTION_WORD.pattern})^\W*(?:[\w&.'’-]+\s+){{0,6}}?"
    rf"(?:fine|penalty|sanction(?:\s+fee)?|surcharge|astreinte|{LOCAL_DAILY_PENALTIES}|levy|forfeiture|settlement)\b"
    # "fjellvik tvangsmulkt per day": the rate of a daily penalty
    r"(?:\s+(?:per|a|each)\s+day\b)?"
    # "daily fine asep set for the late plan", "penalty the court imposed on X": the penalty
    # named with who set it, as a headline; "daily dwangsom the AFM put on X", "astreinte
    # ARTCI attached to the order", "penalty the regulator slapped on X"
    r"(?:\s+(?:the\s+)?[\w&.'’-]+(?:\s+[\w&.'’-]+)?\s+(?:set|put|placed|slapped|attached|added"
    r"|applied|imposed|ordered|levied|handed\s+down|issued)\b[^?]*)?"
    r"(?:\s+(?:on|for|against|of|after|imposed|from|by|in|over)\b[^?]*)?\?*\s*$",
    re.I,
)


_ADDS_TO_PREVIOUS = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:plus|together\s+with|along\s+with|add(?:ing)?|including|with)\b"
    # "and what's that plus the Tallyfone fine?": the last answer and one more
    r"|\b(?:that|this|it|those)\s+plus\b"
    # "what's the total including the administrative fine?": the last answer's sum and more
    r"|\b(?:total|sum|altogether|combined)\b[^?]*?\b(?:including|incl\.|inclusive\s+of|plus)\s",
    re.I,
)


def _inherit(query: Query, previous: Query) -> Query:
    """ "and the Greek one?" keeps the previous question's kind and respondent, with a new
    place; "has it been paid?" keeps its respondent, place and action."""
    short = len(query.words) <= 6 or bool(
        re.match(r"^\W*(?:and|so|what\s+about|how\s+about)\b", query.text, re.I)
    )
    refers = bool(_PRONOUN_ONLY.search(query.text) or _ADDS_TO_PREVIOUS.search(query.text)) or short
    if not refers:
        return query
    changes: dict[str, object] = {"inherited": True, "context": previous.text}
    adds_party = bool(query.respondents) and bool(_ADDS_TO_PREVIOUS.search(query.text))
    if not query.respondents:
        changes["respondents"] = previous.respondents
    elif adds_party:
        # "that plus the Tallyfone fine": the party asked about last, and the one it adds
        changes["respondents"] = tuple(dict.fromkeys([*previous.respondents, *query.respondents]))
    if not query.places and not query.authorities and not adds_party:
        # (A party added with "plus" may have another regulator: the last one's does not
        # narrow it.)
        changes["places"], changes["authorities"] = previous.places, previous.authorities
    elif _ADDS_TO_PREVIOUS.search(query.text) and (query.places or query.authorities):
        # "plus the Oregon settlement, what's the total?": the place it adds, and the last one's.
        changes["places"] = previous.places | query.places
        changes["authorities"] = tuple(dict.fromkeys([*previous.authorities, *query.authorities]))
    if query.action is None:
        changes["action"] = previous.action
    if query.kind == "passage" and re.match(
        r"^\W*(?:and|what\s+about|how\s+about)\b", query.text, re.I
    ):
        changes["kind"] = previous.kind  # "and the Greek one?" asks what the last one asked
    elif query.kind == "passage" and query.currency and previous.kind == "amount":
        changes["kind"] = "amount"  # "what's that in dollars?" after an amount
    if query.kind in {"passage", "status"} and not query.money and previous.money:
        changes["money"] = previous.money
    if query.kind == "calculation" and not query.money and not query.action:
        changes["action"] = previous.action
    return replace(query, **changes)


# The regulator's own measure, as it stood before a court changed it: "the original penalty",
# "the initial fine", "the fine before the appeal", "what was it before the tribunal cut it".
_BEFORE_THE_COURT = re.compile(
    r"\b(?:original(?:ly)?|initial(?:ly)?)\b"
    r"|\bbefore\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:appeal|ruling|judgm?ent|court|tribunal|judges?)\b",
    re.I,
)


def _action(text: str) -> str | None:
    """The action asked about: the one right after the outcome verb when there is one ("has it
    settled its French fine before the overdue penalty?" asks about the fine)."""
    if re.search(r"\b(?:reduc\w*|cut|lower\w*)\b.*\bto\W*$|\bset\b.*\bat\W*$", text, re.I):
        return "ruling"  # "what did the court cut the fine to?": the figure the court set
    if re.search(
        r"\b(?:after|following)\s+(?:the\s+|its\s+)?(?:appeal|ruling|judgm?ent|court)", text, re.I
    ):
        return "ruling"  # "What is X's fine after the appeal?": the figure the court set
    matches = sorted(
        (m.start(), order, action)
        for order, (action, pattern) in enumerate(_ACTION_WORDS.items())
        for m in re.finditer(pattern, text, re.I)
    )
    if _BEFORE_THE_COURT.search(text):
        # "the original penalty before the court cut it": the measure the court ruled on.
        matches = [item for item in matches if item[2] != "ruling"]
    if not matches:
        return None
    verb = next((m for p in STATUS_WORDS.values() for m in [re.search(p, text, re.I)] if m), None)
    if verb is not None:
        # "did X take the fine to court?": the court is where the appeal went, the fine is
        # what the question is about (not a court's ruling)
        theirs = [
            item
            for item in matches
            if not (item[2] == "ruling" and verb.start() <= item[0] < verb.end())
        ]
        matches = theirs or matches
        after = [item for item in matches if item[0] > verb.end()]
        if after:
            return after[0][2]
    return min(matches, key=lambda item: item[1])[2]


def _asked_currency(text: str, places: set[str], lexicon: Lexicon) -> str | None:
    """ "in soles", "in US dollars". A name several countries' currencies share and none
    settles by default ("pesos", "crowns", not "dollars") is the currency of the one country
    the question is about, as an article's country settles it: "the SIC's fines in pesos"."""
    if not re.search(r"\b(?:in|into)\s", text, re.I):
        return None  # compiling every currency's names costs a cold question ~13 ms
    match = _currency_phrase().search(text)
    if match is None:
        return None
    homes = {lexicon.jurisdictions[p].currency for p in places if p in lexicon.jurisdictions}
    homes.discard(None)
    local = homes.pop() if len(homes) == 1 else None
    code = match.group("code")
    name = code.upper() if code else match.group("name") or match.group("word")
    return currency_code(name) or currency_code(name, local)
