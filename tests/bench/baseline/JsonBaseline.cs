#:sdk Microsoft.NET.Sdk.Web
// The ceiling for an API read on this machine: a minimal Kestrel endpoint answering every request with
// one file's bytes from memory as JSON. Usage: dotnet run -c Release JsonBaseline.cs -- FILE URL
var body = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run(args[1]);
