using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace QualitySite.Bench;

/// <summary>
/// A built folder served on 127.0.0.1 over HTTPS with HTTP/2, as a CDN serves a static site:
/// browsers speak HTTP/2 only over TLS, and without it they open at most six connections to one
/// host and queue the rest. The certificate is made up at start and trusted by the benchmark's
/// browser only (it runs with --ignore-certificate-errors).
/// </summary>
public sealed class StaticHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticHost(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }

    public static async Task<StaticHost> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var certificate = SelfSigned();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        app.Run(async context =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            var file = files.GetFileInfo(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            if (!file.Exists || file.IsDirectory)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = types.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
            context.Response.ContentLength = file.Length;
            await context.Response.SendFileAsync(file);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticHost(app, address.TrimEnd('/'));
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the private key in a form the TLS layer can use: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
