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
from dataclasses import replace
from typing import TYPE_CHECKING

from etl.extract.gazetteer import load_role_ranks

if TYPE_CHECKING:
    from etl.extract.organisations import OrgMention

DEFAULT_ROLE = "participant"
# Words that state a role, by role.
ROLE_CUES: dict[str, re.Pattern[str]] = {
    "lead": re.compile(
        r"주관|주도|총괄|운영(?!비|위)|운용(?!사)|시행사|시행자|사업자|대표사|앵커|이끌|맡아\s?추진|최대\s?주주"
    ),
    "investor": re.compile(
        r"투자사|투자자|투자(?![·\s]?(?:협약|협력|유치|양해|의향|선도|진흥|청|설명))|출자|자금(?:을|를)?\s?조달|프로젝트\s?파이낸싱|\(PF\)|PF를|펀드|재원"
    ),
    "builder": re.compile(r"시공|설계|건축|용역|건설사|EPC|(?:건설|건립|구축)(?:을|를)?\s?(?:맡|담당)"),
    "research": re.compile(r"연구|R&B?D|기술\s?개발|인재\s?양성|교육|실증"),
    # Selecting, designating, approving, funding: what government does, not what is done to a
    # company ('선정됐다', '선정된' is being selected).
    "government": re.compile(r"(?:선정|지정|승인|인가)(?:한|했|하|해|을\s?하)|고시|국비(?:를|을)?\s?(?:지원|투입)"),
    "partner": re.compile(r"협약|MOU|양해각서|MOA|협력|손잡|참여|컨소시엄|파트너|체결|맺|함께"),
}
# Organisation kinds whose role is what they are, whatever the sentence says of them.
ROLE_OF_TYPE = {"ministry": "government"}
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


def _cued_roles(text: str) -> set[str]:
    return {role for role, cue in ROLE_CUES.items() if cue.search(text)}


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
    agreement = ROLE_CUES["partner"].search(sentence) is not None
    out: list[OrgMention] = []
    for k, group in enumerate(groups):
        previous_end = groups[k - 1][-1].end if k else 0
        following = groups[k + 1][0].start if k + 1 < len(groups) else len(sentence)
        before = sentence[max(previous_end, group[0].start - _BEFORE_WINDOW) : group[0].start]
        before = _CLAUSE_BREAK.sub("", before)
        cued = _cued_roles(before) | _cued_roles(sentence[group[-1].end : following])
        if len(group) > 1 and len(cued - {"partner"}) > 1:
            cued = {"partner"}  # '설계·시공부터 자금 조달까지' shared out among a list: who does what is unsaid
        for o in group:
            if o.org_type in ROLE_OF_TYPE:
                out.append(replace(o, role=ROLE_OF_TYPE[o.org_type]))
                continue
            roles = cued or ({"partner"} if agreement else set())
            role = min(roles, key=ROLE_RANKS.__getitem__) if roles else DEFAULT_ROLE
            out.append(replace(o, role=role))
    return out
