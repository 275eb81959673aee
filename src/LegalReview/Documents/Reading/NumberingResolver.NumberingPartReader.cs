using System.Xml;

namespace LegalReview.Documents.Reading;

/// <content>The streaming reader of numbering.xml.</content>
internal sealed partial class NumberingResolver
{
    /// <summary>
    /// Reads w:numbering element by element. Depths are fixed by the schema: root 0, abstractNum/num 1,
    /// lvl/abstractNumId/lvlOverride 2, their children 3. Each element kind has its own small handler; the open
    /// abstractNum, num, lvlOverride and lvl are the only state.
    /// </summary>
    private sealed class NumberingPartReader(XmlReader x, Dictionary<int, LevelDefinition[]> abstracts, Dictionary<int, NumDefinition> nums, Dictionary<int, string> abstractStyleLinks)
    {
        private AbstractState? _abstract;
        private NumState? _num;
        private OverrideState? _override;
        private LevelBuilder? _level;
        private int _levelDepth = -1;

        public void Start()
        {
            var depth = x.Depth;
            var name = x.LocalName;
            var empty = x.IsEmptyElement;
            var opened = (depth, name) switch
            {
                (1, "abstractNum") => StartAbstract(),
                (1, "num") => StartNum(),
                (2, "lvl") when _abstract is not null => StartLevel(depth),
                (3, "lvl") when _override is not null && _override.Level is null && _level is null => StartLevel(depth),
                (2, "numStyleLink") when _abstract is not null => TakeStyleLink(),
                (2, "abstractNumId") when _num is not null => TakeAbstractId(),
                (2, "lvlOverride") when _num is not null => StartOverride(),
                (3, "startOverride") when _override is not null => TakeStartOverride(),
                _ => TakeLevelProperty(depth),
            };
            if (opened && empty)
            {
                End(name, depth);
            }
        }

        public void End(string name, int depth)
        {
            if (_level is not null && depth == _levelDepth && name == "lvl")
            {
                EndLevel();
                return;
            }

            switch (depth, name)
            {
                case (1, "abstractNum") when _abstract is not null:
                    EndAbstract();
                    break;
                case (1, "num") when _num is not null:
                    EndNum();
                    break;
                case (2, "lvlOverride") when _override is not null:
                    _num!.Overrides[_override.Index ?? 0] = (_override.Start, _override.Level);
                    _override = null;
                    break;
            }
        }

        private bool StartAbstract()
        {
            _abstract = new AbstractState(IntAttr(x, "abstractNumId"));
            return true;
        }

        private bool StartNum()
        {
            _num = new NumState(IntAttr(x, "numId"));
            return true;
        }

        private bool StartLevel(int depth)
        {
            _level = new LevelBuilder { Index = IntAttr(x, "ilvl") };
            _levelDepth = depth;
            return true;
        }

        private bool StartOverride()
        {
            _override = new OverrideState(IntAttr(x, "ilvl"));
            return true;
        }

        // Only the first w:numStyleLink, w:abstractNumId and w:startOverride count, as in the typed DOM.
        private bool TakeStyleLink()
        {
            if (!_abstract!.StyleLinkSeen)
            {
                _abstract.StyleLinkSeen = true;
                _abstract.StyleLink = Val(x);
            }

            return false;
        }

        private bool TakeAbstractId()
        {
            if (!_num!.AbstractSeen)
            {
                _num.AbstractSeen = true;
                _num.AbstractId = IntVal(x);
            }

            return false;
        }

        private bool TakeStartOverride()
        {
            if (!_override!.StartSeen)
            {
                _override.StartSeen = true;
                _override.Start = IntVal(x);
            }

            return false;
        }

        private bool TakeLevelProperty(int depth)
        {
            if (_level is not null && depth == _levelDepth + 1)
            {
                _level.Take(x);
            }

            return false;
        }

        private void EndLevel()
        {
            var built = _level!.Build();
            var index = _level.Index ?? 0;
            _level = null;
            _levelDepth = -1;
            if (_override is not null)
            {
                _override.Level = built;
            }
            else if (_abstract is not null && index is >= 0 and < 9)
            {
                _abstract.Levels[index] = built;
            }
        }

        private void EndAbstract()
        {
            if (_abstract!.Id is { } id)
            {
                abstracts[id] = _abstract.Levels;
                if (_abstract.StyleLink is { } link)
                {
                    abstractStyleLinks[id] = link;
                }
            }

            _abstract = null;
        }

        private void EndNum()
        {
            if (_num!.Id is { } nid && _num.AbstractId is { } aid)
            {
                nums[nid] = new NumDefinition(aid, _num.Overrides);
            }

            _num = null;
        }

        private sealed class AbstractState(int? id)
        {
            public int? Id { get; } = id;

            public LevelDefinition[] Levels { get; } = new LevelDefinition[9];

            public string? StyleLink { get; set; }

            public bool StyleLinkSeen { get; set; }
        }

        private sealed class NumState(int? id)
        {
            public int? Id { get; } = id;

            public int? AbstractId { get; set; }

            public bool AbstractSeen { get; set; }

            public Dictionary<int, (int? Start, LevelDefinition? Level)> Overrides { get; } = [];
        }

        private sealed class OverrideState(int? index)
        {
            public int? Index { get; } = index;

            public int? Start { get; set; }

            public bool StartSeen { get; set; }

            public LevelDefinition? Level { get; set; }
        }
    }
}
