using M365Nis2.Web.Cli;
using M365Nis2.Web.Features.Acknowledgements;
using M365Nis2.Web.Features.AuditPack;
using M365Nis2.Web.Features.Board;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Demo;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Features.Exercises;
using M365Nis2.Web.Features.Incidents;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Features.Training;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Features.Risks;
using M365Nis2.Web.Features.Scope;
using M365Nis2.Web.Features.Tab;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Platform;

if (CliCommands.TryRun(args) is int exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:3978");

builder.AddPlatform();
builder.AddTelemetry();
builder.AddGraph();
builder.AddAppAuth();
builder.AddBot();
builder.AddVault();
builder.AddControls();
builder.AddEvidence();
builder.AddIncidents();
builder.AddSuppliers();
builder.AddAwareness();
builder.AddTraining();
builder.AddApprovals();
builder.AddRisks();
builder.AddScope();
builder.AddTab();
builder.AddTasks();
builder.AddExercises();
builder.AddAcknowledgements();
builder.AddAuditPack();
builder.AddBoard();
builder.AddDemo();

var app = builder.Build();
app.UsePlatform();
app.MapAppAuth();
app.MapBot();
app.MapVault();
app.MapControls();
app.MapEvidence();
app.MapIncidents();
app.MapSuppliers();
app.MapAwareness();
app.MapTraining();
app.MapApprovals();
app.MapRisks();
app.MapScope();
app.MapTab();
app.MapTasks();
app.MapExercises();
app.MapAcknowledgements();
app.MapAuditPack();
app.MapBoard();
app.MapDemo();

app.Run();
return 0;

/// <summary>Entry point; public partial so WebApplicationFactory can reach it.</summary>
public partial class Program;
