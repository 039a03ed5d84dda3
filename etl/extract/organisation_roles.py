"""The role an organisation takes, read from the sentence that names it.

The roles and their order of strength are declared once, in the seed
`ref_institution_roles.csv`; this module holds only the words that state each role. A mention's
role comes from its own stretch of the sentence: the words just before it ('투자사 퍼힐스',
'시행사는 태왕디앤디') and those after it up to the next organisation ('SK C&C는 운영 전반을
총괄하고 SK리츠운용은 자금조달 업무를'). Names listed together share what follows the list.
Several roles stated for a list together ('A, B, C 등은 설계·시공부터 자금 조달까지') say
who does what no more than an agreement does: each is a partner. With no such words, an
agreement in the sentence makes a partner, and anything else is a participant. A ministry
is government whatever the sentence says of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from etl.extract.gazetteer import load_role_ranks

if TYPE_CHECKING:
    from etl.extract.organisations import OrgMention

DEFAULT_ROLE = "participant"
# Words that state a role, by role: each a regex that opens with a literal letter.
ROLE_CUES: dict[str, tuple[str, ...]] = {
    "lead": (
        "주관", "주도", "총괄", "운영(?!비|위)", "운용(?!사)", "시행사", "시행자", "사업자", "대표사", "앵커", "이끌",
        r"맡아\s?추진", r"최대\s?주주",
    ),
    "investor": (
        "투자사", "투자자", r"투자(?![·\s]?(?:협약|협력|유치|양해|의향|선도|진흥|청|설명))", "출자",
        r"자금(?:을|를)?\s?조달", r"프로젝트\s?파이낸싱", r"\(PF\)", "PF를", "펀드", "재원",
        r"억\s?원?(?:을|를)?\s?들여", r"조\s?원?(?:을|를)?\s?들여",
    ),
    "builder": (
        "시공", "설계", "건축", "용역", "건설사", "EPC",
        r"건설(?:을|를)?\s?(?:맡|담당)", r"건립(?:을|를)?\s?(?:맡|담당)", r"구축(?:을|를)?\s?(?:맡|담당)",
    ),
    "research": ("연구", "R&B?D", r"기술\s?개발", r"인재\s?양성", "교육", "실증"),
    # Selecting, designating, approving, funding: what government does, not what is done to a
    # company ('선정됐다', '선정된' is being selected).
    "government": (
        r"선정(?:한|했|하|해|을\s?하)", r"지정(?:한|했|하|해|을\s?하)", r"승인(?:한|했|하|해)", r"인가(?:한|했|하|해)",
        "고시", r"국비(?:를|을)?\s?(?:지원|투입)",
    ),
    "partner": ("협약", "MOU", "양해각서", "MOA", "협력", "손잡", "참여", "컨소시엄", "파트너", "체결", "맺", "함께"),
}  # fmt: skip


def _first_letter(cue: str) -> str:
    return cue[1] if cue.startswith("\\") else cue[0]


# Every cue in one pattern, one named group per role, behind a look-ahead for the letters cues
# open with: a sentence is read once, and only where a cue may start (4x faster than without).
_ANY_CUE = re.compile(
    "(?=["
    + "".join(sorted({re.escape(_first_letter(c)) for cues in ROLE_CUES.values() for c in cues}))
    + "])(?:"
    + "|".join(f"(?P<{role}>" + "|".join(cues) + ")" for role, cues in ROLE_CUES.items())
    + ")"
)
# Organisation kinds whose role is what they are, whatever the sentence says of them.
ROLE_OF_TYPE = {"ministry": "government"}
# Kinds that can act as government: a company or a university 'selected' is selected, not selecting.
PUBLIC_KINDS = frozenset({"ministry", "agency", "committee"})
_BETWEEN_LISTED = re.compile(r"(?:\s|[,·(]|와|과|및|㈜|\([^)]*\))*")  # a gloss joins its name
_BEFORE_WINDOW = 12
# Where the clause before a mention ends ('…총괄하고 누리리츠운용은'): its words are not the mention's.
_CLAUSE_BREAK = re.compile(r".*(?:[,.]|(?:고|며|서|다|지만|는데)\s)", re.S)


def _check_vocabulary() -> dict[str, int]:
    ranks = load_role_ranks()
    unknown = (set(ROLE_CUES) | set(ROLE_OF_TYPE.values()) | {DEFAULT_ROLE}) - set(ranks)
    if unknown:
        raise ValueError(f"ref_institution_roles.csv does not declare the roles {sorted(unknown)}")
    return ranks


ROLE_RANKS = _check_vocabulary()


def assign_roles(sentence: str, mentions: Sequence[OrgMention]) -> list[OrgMention]:
    """Each mention with the strongest role its stretch of the sentence states."""
    if not mentions:
        return []
    ordered = sorted(mentions, key=lambda o: o.start)
    groups: list[list[OrgMention]] = [[ordered[0]]]
    for o in ordered[1:]:
        last = groups[-1][-1]
        if o.start <= last.end or _BETWEEN_LISTED.fullmatch(sentence, last.end, o.start):
            groups[-1].append(o)
        else:
            groups.append([o])
    cues = [(m.start(), m.lastgroup or "") for m in _ANY_CUE.finditer(sentence)]  # the sentence is read once
    if not cues:  # nothing stated: what each is, or a participant
        return [o.with_role(ROLE_OF_TYPE.get(o.org_type, DEFAULT_ROLE)) for o in ordered]
    agreement = any(role == "partner" for _, role in cues)
    out: list[OrgMention] = []
    for k, group in enumerate(groups):
        previous_end = groups[k - 1][-1].end if k else 0
        following = groups[k + 1][0].start if k + 1 < len(groups) else len(sentence)
        before_start = max(previous_end, group[0].start - _BEFORE_WINDOW)
        clause = _CLAUSE_BREAK.match(sentence, before_start, group[0].start)
        if clause:
            before_start = clause.end()
        cued = {role for at, role in cues if before_start <= at < group[0].start or group[-1].end <= at < following}
        if len(group) > 1 and len(cued - {"partner"}) > 1:
            cued = {"partner"}  # '설계·시공부터 자금 조달까지' shared out among a list: who does what is unsaid
        for o in group:
            if o.org_type in ROLE_OF_TYPE:
                role = ROLE_OF_TYPE[o.org_type]
            else:
                roles = cued if o.org_type in PUBLIC_KINDS else cued - {"government"}
                roles = roles or ({"partner"} if agreement else set())
                role = min(roles, key=ROLE_RANKS.__getitem__) if roles else DEFAULT_ROLE
            out.append(o.with_role(role))
    return out
