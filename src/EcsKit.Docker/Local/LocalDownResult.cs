namespace EcsKit.Docker;

/// <summary>What <c>down</c> removed.</summary>
/// <param name="App">The application.</param>
/// <param name="Containers">Task and pause containers removed.</param>
/// <param name="Volumes">Volumes removed.</param>
/// <param name="Networks">Networks removed.</param>
public sealed record LocalDownResult(string App, int Containers, int Volumes, int Networks)
{
    /// <summary>Whether the application had anything on the engine.</summary>
    public bool RemovedAnything => Containers + Volumes + Networks > 0;
}
