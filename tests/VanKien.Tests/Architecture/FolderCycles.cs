using System.Reflection;
using NetArchTest.Rules;

namespace VanKien.Tests.Architecture;

/// <summary>
/// Cycles between folders of an assembly, of any length: the graph "folder A has a type that uses a type
/// of folder B" (NetArchTest reads every reference in the IL), its strongly connected components (Tarjan),
/// and for each component of two folders or more one cycle through all of them, to name in a failure.
/// </summary>
public static class FolderCycles
{
    /// <summary>For each folder, the other folders its types use.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Graph(Assembly assembly, string root, IReadOnlyList<string> folders)
    {
        var types = Types.InAssembly(assembly);
        return folders.ToDictionary(a => a, a => (IReadOnlyList<string>)folders
            .Where(b => b != a && !types.That().ResideInNamespace($"{root}.{a}").ShouldNot().HaveDependencyOn($"{root}.{b}").GetResult().IsSuccessful)
            .ToList());
    }

    /// <summary>Each cycle as "A → B → C → A", its folders in the graph's order from its first; none when the graph is acyclic.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, IReadOnlyList<string>> graph) =>
        Components(graph).Where(c => c.Count > 1).Select(c => string.Join(" → ", CycleThrough(graph, c))).ToList();

    public static IReadOnlyList<string> Of(Assembly assembly, string root, IReadOnlyList<string> folders) => Of(Graph(assembly, root, folders));

    /// <summary>Tarjan's strongly connected components, each in the order its folders were first reached.</summary>
    private static List<List<string>> Components(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph[node])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                    low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string popped;
            do
            {
                popped = stack.Pop();
                onStack.Remove(popped);
                component.Add(popped);
            } while (popped != node);
            components.Add(component.OrderBy(f => index[f]).ToList());
        }

        foreach (var node in graph.Keys)
            if (!index.ContainsKey(node)) Visit(node);
        return components;
    }

    /// <summary>
    /// A closed walk from the component's first folder that visits every folder of it (each folder of a
    /// strongly connected component reaches every other): shortest paths within the component, joined.
    /// </summary>
    private static List<string> CycleThrough(IReadOnlyDictionary<string, IReadOnlyList<string>> graph, List<string> component)
    {
        var inside = component.ToHashSet();
        var walk = new List<string> { component[0] };
        foreach (var target in component.Skip(1).Append(component[0]))
        {
            if (target != component[0] && walk.Contains(target)) continue;
            walk.AddRange(ShortestPath(graph, inside, walk[^1], target).Skip(1));
        }
        return walk;
    }

    private static List<string> ShortestPath(IReadOnlyDictionary<string, IReadOnlyList<string>> graph, HashSet<string> inside, string from, string to)
    {
        var previous = new Dictionary<string, string> { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in graph[node].Where(inside.Contains))
            {
                if (next == to)
                {
                    var path = new List<string> { to };
                    for (var back = node; back != from; back = previous[back]) path.Add(back);
                    path.Add(from);
                    path.Reverse();
                    return path;
                }
                if (previous.TryAdd(next, node)) queue.Enqueue(next);
            }
        }
        return [from, to];
    }
}
