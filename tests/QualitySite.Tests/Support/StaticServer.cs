using QualitySite.Cli.Serve;

namespace QualitySite.Tests.Support;

/// <summary>Serves a built site from disk on 127.0.0.1 with a free port, as any static host would.</summary>
public static class StaticServer
{
    public static Task<LoopbackHost> StartAsync(string root) => LoopbackHost.ServeFolderAsync(root);
}
