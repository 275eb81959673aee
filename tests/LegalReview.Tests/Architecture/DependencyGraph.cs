namespace LegalReview.Tests.Architecture;

/// <summary>A directed graph of dependencies between names (layers or namespaces), with the checks the layering test makes.</summary>
internal sealed class DependencyGraph
{
    private readonly SortedDictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> _evidence = [];

    /// <summary>The nodes.</summary>
    public IEnumerable<string> Nodes => _edges.Keys;

    /// <summary>Adds an edge; a self-edge only adds the node.</summary>
    /// <param name="from">The dependent.</param>
    /// <param name="to">The dependency.</param>
    /// <param name="evidence">Where the dependency was seen, for the failure message.</param>
    public void Add(string from, string to, string evidence = "")
    {
        Node(from);
        Node(to);
        if (from != to && _edges[from].Add(to))
        {
            _evidence[(from, to)] = evidence;
        }
    }

    /// <summary>The nodes a node depends on.</summary>
    /// <param name="from">The node.</param>
    /// <returns>Its dependencies.</returns>
    public IReadOnlyCollection<string> DependenciesOf(string from) => _edges.TryGetValue(from, out var to) ? to : [];

    /// <summary>Every edge the table does not allow, with where it was seen.</summary>
    /// <param name="allowed">Node → the nodes it may depend on; a node missing from the table may depend on nothing.</param>
    /// <returns>"A → B (evidence)" lines.</returns>
    public IReadOnlyList<string> Violations(IReadOnlyDictionary<string, string[]> allowed) =>
        _edges.SelectMany(e => e.Value
                .Where(to => !(allowed.TryGetValue(e.Key, out var ok) && ok.Contains(to, StringComparer.Ordinal)))
                .Select(to => $"{e.Key} → {to} ({_evidence[(e.Key, to)]})"))
            .ToList();

    /// <summary>The cycles: every strongly connected component of more than one node (Tarjan).</summary>
    /// <returns>Each cycle's nodes, sorted.</returns>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in _edges[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var v in _edges.Keys)
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return cycles;
    }

    /// <summary>Where an edge was seen.</summary>
    /// <param name="from">The dependent.</param>
    /// <param name="to">The dependency.</param>
    /// <returns>The evidence, or null when there is no such edge.</returns>
    public string? EvidenceOf(string from, string to) => _evidence.GetValueOrDefault((from, to));

    private void Node(string name)
    {
        if (!_edges.ContainsKey(name))
        {
            _edges[name] = new SortedSet<string>(StringComparer.Ordinal);
        }
    }
}
