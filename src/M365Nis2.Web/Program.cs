using M365Nis2.Web.Bot;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:3978");

builder.AddPlatform();
builder.AddAppAuth();
builder.AddBot();

var app = builder.Build();
app.UsePlatform();
app.MapBot();

app.Run();

/// <summary>Entry point; public partial so WebApplicationFactory can reach it.</summary>
public partial class Program;
