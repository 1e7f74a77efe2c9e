using System.Diagnostics;

namespace QualitySite.Tests.Support;

/// <summary>
/// Makes sure Debian's Chromium is there before a browser test starts, so the README's test command
/// works on a machine that has only the .NET SDK and apt: when /usr/bin/chromium is missing it is
/// installed once (apt-get as root, or through password-less sudo). Playwright never downloads a browser.
/// </summary>
public static class ChromiumInstaller
{
    private static readonly Lazy<Task> Once = new(InstallIfMissingAsync);

    public static Task EnsureAsync() => Once.Value;

    private static async Task InstallIfMissingAsync()
    {
        if (File.Exists(SharedBrowser.ChromiumPath))
        {
            return;
        }

        var root = Environment.UserName == "root";
        if (!root && await RunAsync("sudo", ["-n", "true"]) != 0)
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {SharedBrowser.ChromiumPath}. Install it with: sudo apt-get install -y chromium");
        }

        string[] prefix = root ? [] : ["-n", "apt-get"];
        var command = root ? "apt-get" : "sudo";
        await RunAsync(command, [.. prefix, "update", "-qq"]);
        var code = await RunAsync(command, [.. prefix, "install", "-y", "-qq", "chromium"]);
        if (code != 0 || !File.Exists(SharedBrowser.ChromiumPath))
        {
            throw new InvalidOperationException($"Installing Chromium with apt-get failed (exit {code}); install it by hand: apt-get install -y chromium");
        }
    }

    private static async Task<int> RunAsync(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(output, error);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 127;
        }
    }
}
